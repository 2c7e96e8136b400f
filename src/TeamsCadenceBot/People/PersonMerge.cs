namespace TeamsCadenceBot.People;

/// <summary>How a sighting changes a stored person; a pure function so the rules are tested without storage.</summary>
internal static class PersonMerge
{
    /// <summary>
    /// The person after the sighting, or null when it changes nothing. <paramref name="clientTimeZone"/> is the
    /// sighting's zone already normalized (null when absent or invalid).
    /// </summary>
    public static PersonEntity? Apply(PersonEntity? existing, PersonSighting sighting, string? clientTimeZone)
    {
        var next = existing?.Copy() ?? new PersonEntity { AadObjectId = sighting.AadObjectId };
        if (!string.IsNullOrWhiteSpace(sighting.Name))
        {
            next.Name = sighting.Name.Trim();
        }

        next.TeamsUserId = Known(sighting.TeamsUserId) ?? next.TeamsUserId;
        next.Email = Known(sighting.Email) ?? next.Email;
        next.UserPrincipalName = Known(sighting.UserPrincipalName) ?? next.UserPrincipalName;
        if (clientTimeZone is not null && next.TimeZoneSource != nameof(TimeZoneSource.Person))
        {
            next.TimeZone = clientTimeZone;
            next.TimeZoneSource = nameof(TimeZoneSource.Client);
        }

        if (sighting.InPersonalChat)
        {
            next.Unreachable = false;
        }

        return existing is not null && existing.HasSameContent(next) ? null : next;
    }

    private static string? Known(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

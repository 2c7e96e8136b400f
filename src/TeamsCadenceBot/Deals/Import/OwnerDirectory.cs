using TeamsCadenceBot.People;

namespace TeamsCadenceBot.Deals.Import;

/// <summary>
/// The people of a tenant by email, sign-in name and display name, read once per import through
/// <see cref="IPeopleStore.ListAsync"/>, so that each row's owner is found without a storage call.
/// An owner is matched by email (or sign-in name); a value without '@' by display name, when exactly one person
/// has it.
/// </summary>
internal sealed class OwnerDirectory
{
    private readonly Dictionary<string, string> _byAddress = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> _byName = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<OwnerDirectory> LoadAsync(
        IPeopleStore people,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var directory = new OwnerDirectory();
        await foreach (var person in people.ListAsync(tenantId, cancellationToken))
        {
            directory.Add(person);
        }

        return directory;
    }

    public void Add(Person person)
    {
        foreach (var address in new[] { person.Email, person.UserPrincipalName })
        {
            if (!string.IsNullOrWhiteSpace(address))
            {
                _byAddress.TryAdd(address.Trim(), person.Id);
            }
        }

        if (!string.IsNullOrWhiteSpace(person.Name))
        {
            var name = person.Name.Trim();
            if (!_byName.TryGetValue(name, out var ids))
            {
                _byName[name] = ids = [];
            }

            ids.Add(person.Id);
        }
    }

    /// <summary>The person id of <paramref name="owner"/>, or null with the reason in <paramref name="error"/>.</summary>
    public string? Find(string owner, out string? error)
    {
        error = null;
        if (owner.Contains('@', StringComparison.Ordinal))
        {
            if (_byAddress.TryGetValue(owner, out var id))
            {
                return id;
            }

            error = $"unknown owner '{owner}': no person the bot knows has this email";
            return null;
        }

        if (_byName.TryGetValue(owner, out var ids) && ids.Count == 1)
        {
            return ids[0];
        }

        error = ids is null
            ? $"unknown owner '{owner}': no person the bot knows has this name; export the owner's email"
            : $"ambiguous owner '{owner}': {ids.Count} people have this name; export the owner's email";
        return null;
    }
}

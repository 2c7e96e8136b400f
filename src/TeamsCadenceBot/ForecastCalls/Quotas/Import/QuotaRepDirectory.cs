using TeamsCadenceBot.Deals.Import;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.ForecastCalls.Quotas.Import;

/// <summary>
/// The tenant's people, read once per import, so that each row's rep is found by email (or sign-in name) or by
/// Entra object id without a storage call. Names are not accepted: two reps may share one.
/// </summary>
internal sealed class QuotaRepDirectory
{
    private readonly OwnerDirectory _byAddress = new();
    private readonly Dictionary<string, Person> _byId = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Everyone's person id.</summary>
    public IReadOnlyCollection<string> Ids => _byId.Keys;

    public static async Task<QuotaRepDirectory> LoadAsync(
        IPeopleStore people,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var directory = new QuotaRepDirectory();
        await foreach (var person in people.ListAsync(tenantId, cancellationToken))
        {
            directory.Add(person);
        }

        return directory;
    }

    public void Add(Person person)
    {
        _byId[person.Id] = person;
        _byAddress.Add(person);
    }

    /// <summary>The person <paramref name="rep"/> names, or null with the reason in <paramref name="error"/>.</summary>
    public Person? Find(string rep, out string? error)
    {
        error = null;
        if (rep.Length == 0)
        {
            error = "missing rep";
            return null;
        }

        if (rep.Contains('@', StringComparison.Ordinal))
        {
            if (_byAddress.Find(rep, out _) is { } id && _byId.TryGetValue(id, out var byAddress))
            {
                return byAddress;
            }

            error = $"unknown rep '{rep}': no person the bot knows has this email";
            return null;
        }

        if (_byId.TryGetValue(rep, out var byId))
        {
            return byId;
        }

        error = Guid.TryParse(rep, out _)
            ? $"unknown rep '{rep}': no person the bot knows has this Entra object id"
            : $"unknown rep '{rep}': give the rep's email or Entra object id";
        return null;
    }
}

using Moq;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.Tests.Deals;

/// <summary>The people a test tenant knows, and a people store that lists them.</summary>
internal static class TestPeople
{
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string AlexId = "00000000-0000-0000-0000-0000000000a1";
    public const string MeganId = "00000000-0000-0000-0000-0000000000a2";
    public const string DiegoId = "00000000-0000-0000-0000-0000000000a3";
    public const string AlexEmail = "alex.wilber@contoso.com";
    public const string MeganEmail = "megan.bowen@contoso.com";
    public const string DiegoEmail = "diego.siciliani@contoso.com";

    public static readonly Person[] All =
    [
        Person(AlexId, "Alex Wilber", AlexEmail),
        Person(MeganId, "Megan Bowen", MeganEmail),
        Person(DiegoId, "Diego Siciliani", DiegoEmail),
    ];

    public static IPeopleStore Store(params Person[] people)
    {
        var known = people.Length == 0 ? All : people;
        var store = new Mock<IPeopleStore>(MockBehavior.Strict);
        store.Setup(s => s.ListAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string tenant, CancellationToken _) => known.Where(p => p.TenantId == tenant).ToAsyncEnumerable());
        return store.Object;
    }

    public static Person Person(string id, string name, string email) =>
        new(Tenant, id, name, null, email, email, "UTC", TimeZoneSource.TenantDefault, null, false);
}

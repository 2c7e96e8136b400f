using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.People;

public sealed class PeopleSetupTests
{
    [Fact]
    public void AddPeople_Registered_HelpListsShortPersonalCommands()
    {
        using var provider = BuildProvider("Europe/Berlin");

        var catalog = provider.GetRequiredService<CommandCatalog>();

        Assert.Equal(["my team", "set up my team", "time zone", "whoami"], catalog.All.Select(c => c.Name));
        Assert.All(catalog.All, c => Assert.InRange(c.Description.Length, 1, 128));
        Assert.Equal(catalog.All, catalog.In(ConversationScope.Personal));
        Assert.Empty(catalog.In(ConversationScope.Team));
    }

    [Theory]
    [InlineData("time zone Europe/Berlin", "time zone", "Europe/Berlin")]
    [InlineData("set up my team", "set up my team", "")]
    [InlineData("My Team", "my team", "")]
    public void AddPeople_Registered_CatalogMatchesTypedText(string text, string command, string arguments)
    {
        using var provider = BuildProvider("UTC");

        var match = provider.GetRequiredService<CommandCatalog>().Match(text, ConversationScope.Personal);

        Assert.NotNull(match);
        Assert.Equal(command, match.Value.Command.Name);
        Assert.Equal(arguments, match.Value.Arguments);
    }

    [Fact]
    public void AddPeople_Registered_ObserverAndCardHandlerResolve()
    {
        using var provider = BuildProvider("UTC");

        Assert.Contains(provider.GetServices<ITurnObserver>(), o => o is PeopleObserver);
        Assert.Equal("people.", Assert.Single(provider.GetServices<ICardActionHandler>()).VerbPrefix);
    }

    [Fact]
    public void AddPeople_UnknownDefaultTimeZone_FailsValidation()
    {
        using var provider = BuildProvider("Nowhere/Land");

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PeopleOptions>>().Value);

        Assert.Contains("People:DefaultTimeZone", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider BuildProvider(string defaultTimeZone)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = AzuriteStorage.ConnectionString,
                ["People:DefaultTimeZone"] = defaultTimeZone,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddCadenceStorage();
        services.AddPeople();
        services.AddSingleton<IInstalledConversations, FakeInstalledConversations>();
        services.AddSingleton<CommandCatalog>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}

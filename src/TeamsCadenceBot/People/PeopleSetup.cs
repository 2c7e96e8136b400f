using TeamsCadenceBot.Bot;

namespace TeamsCadenceBot.People;

internal static class PeopleSetup
{
    /// <summary>
    /// Registers who-is-who: the store, the turn observer, the commands and the team setup card. The host must
    /// also register an <see cref="IInstalledConversations"/> (the conversations area's installation store).
    /// </summary>
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddOptions<PeopleOptions>()
            .BindConfiguration(PeopleOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<RecentSightings>();
        services.AddSingleton<PersonCache>();
        services.AddSingleton<IPeopleStore, TablePeopleStore>();
        services.AddSingleton<ITurnObserver, PeopleObserver>();
        services.AddSingleton<IBotCommand, MyTeamCommand>();
        services.AddSingleton<IBotCommand, SetUpMyTeamCommand>();
        services.AddSingleton<IBotCommand, TimeZoneCommand>();
        services.AddSingleton<IBotCommand, WhoAmICommand>();
        services.AddSingleton<ICardActionHandler, TeamSetupActionHandler>();
        return services;
    }
}

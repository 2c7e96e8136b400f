using TeamsCadenceBot.Bot;

namespace TeamsCadenceBot.ForecastCalls;

internal static class ForecastCallsSetup
{
    /// <summary>
    /// Registers forecast calls: the store, the services, the <c>forecast</c> command and the card actions. The host
    /// must also call AddCadenceStorage, AddPeople, AddDelivery, AddDeals, AddPipelineReviews (team settings) and
    /// AddQuotas.
    /// </summary>
    public static IServiceCollection AddForecastCalls(this IServiceCollection services)
    {
        services.AddSingleton<IForecastStore, TableForecastStore>();
        services.AddSingleton<ForecastCallService>();
        services.AddSingleton<ForecastRecorder>();
        services.AddSingleton<ForecastSubmissions>();
        services.AddSingleton<ForecastLauncher>();
        services.AddSingleton<IBotCommand, ForecastCommand>();
        services.AddSingleton<IBotCommand, ForecastSettingsCommand>();
        services.AddSingleton<ICardActionHandler, ForecastActionHandler>();
        return services;
    }
}

using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Delivery;

internal static class DeliverySetup
{
    public static IServiceCollection AddDelivery(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>()
            .BindConfiguration(DeliveryOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<TeamsRateLimiter>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<IStorageUpgrade, OutboxLayoutUpgrade>();
        services.AddSingleton<OutboundQueue>();
        services.AddSingleton<DeliverySender>();
        services.AddSingleton<IRecipientStatus, PeopleRecipientStatus>();
        services.AddSingleton<TeamsRateGate>();
        services.AddSingleton<IConnectorRequestGate>(sp => sp.GetRequiredService<TeamsRateGate>());
        services.AddSingleton<IConnectorThrottleListener>(sp => sp.GetRequiredService<TeamsRateGate>());
        services.AddHostedService<DeliveryService>();
        services.AddHostedService<OutboxRetention>();
        return services;
    }
}

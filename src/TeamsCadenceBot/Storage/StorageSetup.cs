namespace TeamsCadenceBot.Storage;

internal static class StorageSetup
{
    public static IServiceCollection AddCadenceStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<CadenceTables>();
        services.AddSingleton<CadenceQueues>();
        services.AddSingleton<StorageUpgrades>();
        services.AddHostedService(provider => provider.GetRequiredService<StorageUpgrades>());
        return services;
    }
}

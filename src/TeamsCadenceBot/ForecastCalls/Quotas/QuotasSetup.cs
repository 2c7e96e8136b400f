namespace TeamsCadenceBot.ForecastCalls.Quotas;

internal static class QuotasSetup
{
    /// <summary>Registers the quota store; the host must also call AddCadenceStorage.</summary>
    public static IServiceCollection AddQuotas(this IServiceCollection services)
    {
        services.AddSingleton<IQuotaStore, TableQuotaStore>();
        return services;
    }
}

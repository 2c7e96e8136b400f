using TeamsCadenceBot.ForecastCalls.Quotas.Import;

namespace TeamsCadenceBot.ForecastCalls.Quotas;

internal static class QuotasSetup
{
    /// <summary>
    /// Registers quotas: the store and the CSV import. The host must also call AddCadenceStorage, AddPeople,
    /// AddDeals (the import's options and the admin authentication) and AddPipelineReviews (the team settings).
    /// </summary>
    public static IServiceCollection AddQuotas(this IServiceCollection services)
    {
        services.AddSingleton<IQuotaStore, TableQuotaStore>();
        services.AddSingleton<QuotaImporter>();
        return services;
    }

    /// <summary>Maps <c>POST /admin/quotas/import</c> when <c>Admin</c> is configured.</summary>
    public static IEndpointRouteBuilder MapQuotas(this IEndpointRouteBuilder endpoints) => endpoints.MapQuotaImport();
}

using TeamsCadenceBot.Bot;
using TeamsCadenceBot.ForecastCalls.Quotas.Import;

namespace TeamsCadenceBot.ForecastCalls.Quotas;

internal static class QuotasSetup
{
    /// <summary>
    /// Registers quotas: the store, the CSV import, the <c>quotas</c> command and its card. The host must also call AddCadenceStorage, AddPeople,
    /// AddDeals (the import's options and the admin authentication) and AddPipelineReviews (the team settings).
    /// </summary>
    public static IServiceCollection AddQuotas(this IServiceCollection services)
    {
        services.AddSingleton<IQuotaStore, TableQuotaStore>();
        services.AddSingleton<QuotaImporter>();
        services.AddSingleton<QuotaSheetService>();
        services.AddSingleton<IBotCommand, QuotasCommand>();
        services.AddSingleton<ICardActionHandler, QuotaActionHandler>();
        return services;
    }

    /// <summary>Maps <c>POST /admin/quotas/import</c> when <c>Admin</c> is configured.</summary>
    public static IEndpointRouteBuilder MapQuotas(this IEndpointRouteBuilder endpoints) => endpoints.MapQuotaImport();
}

using TeamsCadenceBot.Deals.Admin;
using TeamsCadenceBot.Deals.Import;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Deals;

internal static class DealsSetup
{
    /// <summary>
    /// Registers deal data: the store, the importer with its options (<c>Deals</c>) and the admin authentication
    /// (<c>Admin</c>). Needs the storage and people areas; map the endpoint with <see cref="MapDeals"/>.
    /// </summary>
    public static IServiceCollection AddDeals(this IServiceCollection services)
    {
        services.AddOptions<DealImportOptions>()
            .BindConfiguration(DealImportOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IDealStore, TableDealStore>();
        services.AddSingleton<IStorageUpgrade, DealLayoutUpgrade>();
        services.AddSingleton<DealImporter>();
        services.AddAdminAuthentication();
        return services;
    }

    /// <summary>Maps <c>POST /admin/deals/import</c> when <c>Admin</c> is configured.</summary>
    public static IEndpointRouteBuilder MapDeals(this IEndpointRouteBuilder endpoints) => endpoints.MapDealImport();
}

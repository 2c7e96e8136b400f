using TeamsCadenceBot.Bot;
using TeamsCadenceBot.ForecastCalls.Quotas.CallReminders;
using TeamsCadenceBot.ForecastCalls.Quotas.Import;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.ForecastCalls.Quotas;

internal static class QuotasSetup
{
    /// <summary>
    /// Registers quotas: the store (also the pipeline review's <see cref="IRepQuotas"/>), the CSV import, the
    /// <c>quotas</c> command and its card, and the forecast-call reminder (<c>schedule forecast call</c>,
    /// <c>cancel forecast call</c>). The host must also call
    /// AddCadenceStorage, AddPeople, AddDeals (the import's options and the admin authentication),
    /// AddPipelineReviews (the team settings), AddScheduling and AddDelivery.
    /// </summary>
    public static IServiceCollection AddQuotas(this IServiceCollection services)
    {
        services.AddSingleton<IQuotaStore, TableQuotaStore>();
        services.AddSingleton<IRepQuotas, StoredRepQuotas>();
        services.AddSingleton<QuotaImporter>();
        services.AddSingleton<QuotaSheetService>();
        services.AddSingleton<IBotCommand, QuotasCommand>();
        services.AddSingleton<ICardActionHandler, QuotaActionHandler>();
        services.AddOptions<ForecastCallReminderOptions>()
            .BindConfiguration(ForecastCallReminderOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ForecastCallScheduleStore>();
        services.AddSingleton<IBotCommand, ScheduleForecastCallCommand>();
        services.AddSingleton<IBotCommand, CancelForecastCallCommand>();
        services.AddSingleton<IScheduledWorkHandler, ForecastCallReminderHandler>();
        return services;
    }

    /// <summary>Maps <c>POST /admin/quotas/import</c> when <c>Admin</c> is configured.</summary>
    public static IEndpointRouteBuilder MapQuotas(this IEndpointRouteBuilder endpoints) => endpoints.MapQuotaImport();
}

using TeamsCadenceBot.Bot;
using TeamsCadenceBot.PipelineReviews.Settings;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.PipelineReviews;

internal static class PipelineReviewsSetup
{
    /// <summary>
    /// Registers pipeline reviews: the team settings store, the review, insights and settings services, the
    /// <c>pipeline review</c>, <c>schedule pipeline review</c> and <c>pipeline settings</c> commands, the card actions
    /// and the reminder. The host must also register an <see cref="IPipelineSource"/> (over the deal store) and call
    /// AddPeople, AddCommitments, AddScheduling, AddDelivery and AddGraphIntegration (for Graph:AdminIds).
    /// </summary>
    public static IServiceCollection AddPipelineReviews(this IServiceCollection services)
    {
        services.AddSingleton<TeamSettingsStore>();
        services.AddSingleton<PipelineReviewService>();
        services.AddSingleton<PipelineInsightsService>();
        services.AddSingleton<IBotCommand, PipelineReviewCommand>();
        services.AddSingleton<IBotCommand, SchedulePipelineReviewCommand>();
        services.AddSingleton<ICardActionHandler, PipelineReviewActionHandler>();
        services.AddSingleton<IScheduledWorkHandler, ReviewReminderHandler>();
        services.AddSingleton<PipelineSettingsService>();
        services.AddSingleton<IBotCommand, PipelineSettingsCommand>();
        services.AddSingleton<ICardActionHandler, PipelineSettingsActionHandler>();
        return services;
    }

    /// <summary>
    /// Maps the admin API of team settings (<see cref="PipelineSettingsEndpoint"/>) when <c>Admin</c> is configured.
    /// </summary>
    public static IEndpointRouteBuilder MapPipelineReviews(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPipelineSettings();
}

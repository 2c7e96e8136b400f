namespace TeamsCadenceBot.Scheduling;

internal static class SchedulingSetup
{
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddOptions<SchedulerOptions>()
            .BindConfiguration(SchedulerOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<WorkSchedule>();
        services.AddSingleton<DeadLetterStore>();
        services.AddSingleton<SchedulerSweep>();
        services.AddHostedService<SchedulerService>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.OneOnOnes.Demo;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.OneOnOnes;

internal static class OneOnOnesSetup
{
    /// <summary>
    /// Registers 1:1s: schedules, the timed steps, the card actions, the meeting events and the commands. Call it
    /// after <c>AddPeople</c> (the demo seeder must observe turns after the sender is recorded), scheduling, delivery
    /// and commitments. The local demo (seeded team, <c>demo</c> command, stand-ins) is added only when
    /// <c>Demo:Enabled</c> is true in the Development environment. The prep prompt's deal picker reads
    /// <see cref="IRepOpenDeals"/> (the imported deals) unless a test registers its own first. The brief's pipeline
    /// sections need AddPipelineReviews and an <see cref="PipelineReviews.IPipelineSource"/>.
    /// </summary>
    public static IServiceCollection AddOneOnOnes(
        this IServiceCollection services,
        IConfiguration configuration,
        IHostEnvironment environment)
    {
        services.AddOptions<OneOnOneOptions>()
            .BindConfiguration(OneOnOneOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<OneOnOneStore>();
        services.AddSingleton<OneOnOneOutbox>();
        services.AddSingleton<OneOnOneAccess>();
        services.AddSingleton<OneOnOneService>();
        services.AddSingleton<OneOnOneContext>();
        services.AddSingleton<BriefPipelineLoader>();
        services.TryAddSingleton<IRepOpenDeals, RepOpenDeals>();
        services.AddSingleton<IScheduledWorkHandler, PromptHandler>();
        services.AddSingleton<IScheduledWorkHandler, ReminderHandler>();
        services.AddSingleton<IScheduledWorkHandler, BriefHandler>();
        services.AddSingleton<IScheduledWorkHandler, BriefRefreshHandler>();
        services.AddSingleton<IScheduledWorkHandler, AgendaHandler>();
        services.AddSingleton<IScheduledWorkHandler, CloseHandler>();
        services.AddSingleton<ICardActionHandler, OneOnOneActionHandler>();
        services.AddSingleton<IMeetingLifecycle, OneOnOneMeetings>();
        services.AddSingleton<IBotCommand, ScheduleOneOnOneCommand>();
        services.AddSingleton<IBotCommand, ActionItemCommand>();
        services.AddSingleton<IBotCommand, TopicCommand>();

        if (configuration.GetValue<bool>($"{DemoOptions.Section}:{nameof(DemoOptions.Enabled)}") && environment.IsDevelopment())
        {
            services.AddOptions<DemoOptions>()
                .BindConfiguration(DemoOptions.Section)
                .ValidateDataAnnotations()
                .ValidateOnStart();
            services.AddSingleton<DemoStandIns>();
            services.AddSingleton<IStandIns>(sp => sp.GetRequiredService<DemoStandIns>());
            services.AddSingleton<ITurnObserver, DemoTeamSeeder>();
            services.AddSingleton<IBotCommand, DemoCommand>();
        }
        else
        {
            services.AddSingleton<IStandIns, NoStandIns>();
        }

        return services;
    }
}

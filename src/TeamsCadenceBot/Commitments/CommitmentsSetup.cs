using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Commitments;

internal static class CommitmentsSetup
{
    public static IServiceCollection AddCommitments(this IServiceCollection services)
    {
        services.AddOptions<CommitmentOptions>()
            .BindConfiguration(CommitmentOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<CommitmentStore>();
        services.AddSingleton<IStorageUpgrade, CommitmentOwnerCopiesUpgrade>();
        services.AddSingleton<CommitmentService>();
        services.AddSingleton<CommitmentNotifier>();
        services.AddSingleton<IScheduledWorkHandler, DayBeforeReminderHandler>();
        services.AddSingleton<IScheduledWorkHandler, DueHandler>();
        services.AddSingleton<IScheduledWorkHandler, MissedReminderHandler>();
        services.AddSingleton<IScheduledWorkHandler, DigestHandler>();
        services.AddSingleton<IBotCommand, CommitCommand>();
        services.AddSingleton<IBotCommand, MyCommitmentsCommand>();
        services.AddSingleton<ICardActionHandler, CommitmentActionHandler>();
        return services;
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Tests.Hosting;

namespace TeamsCadenceBot.Tests.OneOnOnes;

/// <summary>
/// The service of <see cref="CadenceBotFactory"/> on a fake clock, with its scheduler and delivery loops left
/// unstarted: the test runs their sweep and drain itself (the delivery service stays resolvable for that).
/// </summary>
internal sealed class ClockedBotFactory(FakeTimeProvider clock) : CadenceBotFactory
{
    public FakeTimeProvider Clock { get; } = clock;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            Type[] stopped = [typeof(SchedulerService), typeof(DeliveryService)];
            var loops = services.Where(d =>
                d.ServiceType == typeof(IHostedService) && stopped.Contains(d.ImplementationType));
            foreach (var loop in loops.ToList())
            {
                services.Remove(loop);
            }

            services.AddSingleton<DeliveryService>();

            // The fake clock stands still while a test sends, so Teams' per-second limits must not make it wait.
            SendWindow[] roomy = [new(TimeSpan.FromSeconds(1), 100_000)];
            services.Replace(ServiceDescriptor.Singleton(new TeamsRateLimiter(roomy, roomy)));
        });
    }
}

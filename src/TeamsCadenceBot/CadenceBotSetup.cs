using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.ForecastCalls.Quotas;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Graph;
using TeamsCadenceBot.OneOnOnes;
using TeamsCadenceBot.Operations;
using TeamsCadenceBot.People;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Teams.Hosting;

namespace TeamsCadenceBot;

/// <summary>The composition root: every area registers itself here, in one place.</summary>
internal static class CadenceBotSetup
{
    public static WebApplicationBuilder AddCadenceBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddTeamsBotEndpoint(builder.Configuration);
        services.AddTeamsConnector(builder.Configuration);
        services.AddCadenceStorage();
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<IActivityHandler, ActivityRouter>();
        services.AddSingleton<IBotCommand, HelpCommand>();
        services.AddConversations();
        services.AddSingleton<IInstalledConversations, InstalledConversations>();
        services.AddPeople();
        services.AddScheduling();
        services.AddDelivery();
        services.AddCommitments();
        services.AddDeals();
        services.AddPipelineReviews();
        services.AddSingleton<IPipelineSource, DealPipelineSource>();
        services.AddQuotas();
        services.AddForecastCalls();
        services.AddOneOnOnes(builder.Configuration, builder.Environment);
        services.AddSingleton<IOneOnOneScheduleSink, DiscoveredScheduleSink>();
        services.AddGraphIntegration(builder.Configuration);
        services.AddCadenceOperations(builder.Configuration);
        return builder;
    }

    public static WebApplication MapCadenceBot(this WebApplication app)
    {
        app.MapBotEndpoint();
        app.MapDeals();
        app.MapQuotas();
        app.MapPipelineReviews();
        app.MapDeadLetters();
        app.MapCadenceHealth();
        return app;
    }
}

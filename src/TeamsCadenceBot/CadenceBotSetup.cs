using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Teams.Hosting;

namespace TeamsCadenceBot;

/// <summary>The composition root: every area registers itself here, in one place.</summary>
internal static class CadenceBotSetup
{
    public static WebApplicationBuilder AddCadenceBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddCadenceStorage();
        builder.Services.AddSingleton<CommandCatalog>();
        builder.Services.AddSingleton<IActivityHandler, ActivityRouter>();
        builder.Services.AddTeamsBotEndpoint(builder.Configuration);
        builder.Services.AddSingleton<IBotCommand, HelpCommand>();
        builder.Services.AddPeople();
        builder.Services.AddPipelineReviews();
        return builder;
    }

    public static WebApplication MapCadenceBot(this WebApplication app)
    {
        app.MapBotEndpoint();
        return app;
    }
}

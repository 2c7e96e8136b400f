using TeamsCadenceBot;
using TeamsCadenceBot.Deals.Import;
using TeamsCadenceBot.ForecastCalls.Quotas.Import;

if (DealImportCommandLine.Matches(args))
{
    return await DealImportCommandLine.RunAsync(args, Console.Out, CancellationToken.None);
}

if (QuotaImportCommandLine.Matches(args))
{
    return await QuotaImportCommandLine.RunAsync(args, Console.Out, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCadenceBot();

var app = builder.Build();
app.MapCadenceBot();
app.Run();
return 0;

/// <summary>The entry point, visible to the service tests' WebApplicationFactory.</summary>
public partial class Program;

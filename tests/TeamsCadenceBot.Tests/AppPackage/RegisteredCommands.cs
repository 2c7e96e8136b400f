using Microsoft.Extensions.DependencyInjection;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Tests.Hosting;

namespace TeamsCadenceBot.Tests.AppPackage;

/// <summary>The command catalog of the running service, as its own composition root registers it.</summary>
public sealed class RegisteredCommands : IDisposable
{
    private readonly CadenceBotFactory _factory = new();

    internal CommandCatalog Catalog => _factory.Services.GetRequiredService<CommandCatalog>();

    public void Dispose() => _factory.Dispose();
}

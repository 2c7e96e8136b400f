using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TeamsCadenceBot.Bot;

namespace TeamsCadenceBot.Tests.AppPackage;

/// <summary>
/// The command catalog from the service's own composition root (<c>AddCadenceBot</c>, as Program.cs
/// calls it), resolved without starting the host: the manifest check needs the registrations, not a
/// running bot with its storage and credentials.
/// </summary>
public sealed class RegisteredCommands : IDisposable
{
    private readonly ServiceProvider _services;

    public RegisteredCommands()
    {
        var builder = WebApplication.CreateBuilder(
            new WebApplicationOptions { ApplicationName = typeof(Program).Assembly.GetName().Name });
        builder.AddCadenceBot();
        _services = builder.Services.BuildServiceProvider();
    }

    internal CommandCatalog Catalog => _services.GetRequiredService<CommandCatalog>();

    public void Dispose() => _services.Dispose();
}

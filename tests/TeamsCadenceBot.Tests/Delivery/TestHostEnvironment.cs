using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace TeamsCadenceBot.Tests.Delivery;

/// <summary>A Development host, which is what lets the connector run without credentials in tests.</summary>
internal sealed class TestHostEnvironment : IHostEnvironment
{
    public string EnvironmentName { get; set; } = Environments.Development;

    public string ApplicationName { get; set; } = "tests";

    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}

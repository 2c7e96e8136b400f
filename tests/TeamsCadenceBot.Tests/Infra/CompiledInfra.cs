using System.Text.Json.Nodes;
using TeamsCadenceBot.Tests.AppPackage;

namespace TeamsCadenceBot.Tests.Infra;

/// <summary>infra/main.bicep and infra/main.bicepparam compiled once into a temporary folder.</summary>
public sealed class CompiledInfra : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cadence-bicep-").FullName;

    public ProcessResult Build { get; private set; } = new(-1, "", "");

    public ProcessResult BuildParams { get; private set; } = new(-1, "", "");

    public ArmTemplate Template { get; private set; } = new([]);

    public JsonObject Parameters { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Build = await BicepCli.RunAsync("build", "main.bicep", "--outdir", _directory);
        BuildParams = await BicepCli.RunAsync("build-params", "main.bicepparam", "--outfile", Path.Combine(_directory, "params.json"));
        Assert.True(Build.ExitCode == 0, Build.ToString());
        Assert.True(BuildParams.ExitCode == 0, BuildParams.ToString());

        Template = new ArmTemplate(JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_directory, "main.json")))!.AsObject());
        Parameters = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_directory, "params.json")))!["parameters"]!.AsObject();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}

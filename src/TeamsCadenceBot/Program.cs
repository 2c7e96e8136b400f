using TeamsCadenceBot;

var builder = WebApplication.CreateBuilder(args);
builder.AddCadenceBot();

var app = builder.Build();
app.MapCadenceBot();
app.Run();

/// <summary>The entry point, visible to the service tests' WebApplicationFactory.</summary>
public partial class Program;

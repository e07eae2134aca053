using LianLuo.Domain.DependencyInjection;
using LianLuo.Service;
using Npgsql;

// LianLuo.Service: the library inside a city's 办理系统, on PostgreSQL.
//   dotnet run --project samples/LianLuo.Service -- --ConnectionStrings:LianLuo "Host=127.0.0.1;Port=5432;Username=postgres;Database=lianluo"
// The deadline policy, calendar and assessment scheme come from the section LianLuo of the configuration (ServiceSettings).
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddLianLuoDomain(options => ServiceSettings.Apply(builder.Configuration, options));
builder.Services.AddNpgsqlDataSource(
    builder.Configuration.GetConnectionString(ServiceSettings.ConnectionStringName)
        ?? throw new InvalidOperationException($"No connection string: set ConnectionStrings:{ServiceSettings.ConnectionStringName} (e.g. the environment variable ConnectionStrings__{ServiceSettings.ConnectionStringName})."),
    data => data.UseNodaTime());
builder.Services.AddSingleton<ItemStore>();
builder.Services.AddHostedService<SchemaCreation>();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
app.MapLianLuoEndpoints();
app.Run();

/// <summary>The entry point (public for <c>WebApplicationFactory</c> in the tests).</summary>
public partial class Program
{
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using NodaTime.Testing;

namespace LianLuo.Service.Tests;

/// <summary>
/// The service as the tests start it: its own database on the real PostgreSQL of the run, and a <see cref="FakeClock"/>
/// in place of the system clock (registered after the app's, so it wins) that a test moves to change "today".
/// </summary>
public class ServiceApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The clock of the service; 2026-06-15 10:00 in Shanghai (02:00 UTC) unless a test moves it.</summary>
    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 6, 15, 2, 0));

    /// <summary>The connection string of this fixture's database.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>Settings of the section LianLuo (e.g. Policy) for this fixture.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await PostgresServer.Current.CreateDatabaseAsync(GetType().DeclaringType?.Name.ToLowerInvariant() ?? "service");
        using var client = CreateClient();
        await SeedAsync(client);
    }

    /// <summary>Stores what every test of the class starts from (nothing unless overridden).</summary>
    protected virtual Task SeedAsync(HttpClient client) => Task.CompletedTask;

    /// <summary>Sets the clock to a day in Shanghai (10:00 local time).</summary>
    public void Today(int year, int month, int day) =>
        Clock.Reset(new LocalDateTime(year, month, day, 10, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant());

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // Host configuration is in place before Program reads builder.Configuration (app configuration would come too late).
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(
            new Dictionary<string, string?>(Settings) { ["ConnectionStrings:LianLuo"] = ConnectionString }));
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
}

/// <summary>HTTP helpers of the tests.</summary>
internal static class Http
{
    internal static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    internal static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    internal static async Task<HttpResponseMessage> PutItemAsync(this HttpClient client, string id, string json, int? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/items/{id}") { Content = Json(json) };
        if (ifMatch is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    internal static async Task<HttpResponseMessage> AppendAsync(this HttpClient client, string id, string json, int? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/items/{id}/events") { Content = Json(json) };
        if (ifMatch is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    internal static int Version(this HttpResponseMessage response) =>
        int.Parse(response.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);

    internal static void AssertStatus(this HttpResponseMessage response, HttpStatusCode expected, string? body = null) =>
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body ?? response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken).Result}");

    /// <summary>An item object of items-json.md: a 建议 assigned on a day to a lead unit, with more events if given.</summary>
    internal static string Item(string id, string assignedOn, string lead = "市教育局", string kind = "suggestion", string moreEvents = "", string coUnits = "") =>
        $$"""
        { "id": "{{id}}", "kind": "{{kind}}", "title": "关于{{id}}的建议", "proposer": "张三", "key": false,
          "events": [
            { "type": "assigned", "date": "{{assignedOn}}", "units": [ { "unit": "{{lead}}", "role": "lead" }{{coUnits}} ] }{{moreEvents}}
          ] }
        """;
}

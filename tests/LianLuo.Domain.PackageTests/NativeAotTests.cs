namespace LianLuo.Domain.PackageTests;

/// <summary>
/// The package stays trimming- and AOT-compatible (issue 10): a console project outside the repository that adds the
/// packed package and uses its JSON documents (the item-history document, a deadline policy, an assessment scheme, the
/// report tally with its source-generated reader, the report JSON) and the embedded calendar is published with native AOT.
/// The publish must give no warning at all (no IL2xxx trimming or IL3xxx AOT warning, each reported on its own), and the
/// native program must print what the rules say.
/// </summary>
public sealed class NativeAotTests(PackedLibrary packed) : IClassFixture<PackedLibrary>
{
    private const string Program = """
        using LianLuo.Domain.Calendars;
        using LianLuo.Domain.Deadlines;
        using LianLuo.Domain.Evaluation;
        using LianLuo.Domain.Lifecycle;
        using LianLuo.Domain.Model;
        using LianLuo.Domain.Reporting;
        using LianLuo.Domain.Serialization;
        using NodaTime;

        var unit = new HandlingUnit("市教育局");
        HandledItem Suggestion(string id, LocalDate assigned, LocalDate replied) => new(
            new Submission(new ItemId(id), SubmissionKind.Suggestion, "关于加强校园周边交通安全管理的建议", 2025, new Deputy("张三")),
            [new Assigned(assigned, [new Assignment(unit, AssignmentRole.Lead)]), new Replied(replied, ResultCategory.A)]);
        HandledItem[] items = [Suggestion("J2025-001", new(2025, 3, 20), new(2025, 5, 30)), Suggestion("J2025-002", new(2025, 3, 20), new(2025, 6, 23))];

        var back = ItemDocumentReader.ReadText(ItemDocumentWriter.WriteText(items));
        Console.WriteLine($"document items={back.Items.Count} equal={back.Items.SequenceEqual(items)}");
        var bad = ItemDocumentReader.ReadText("{\"schemaVersion\": 1, \"items\": [{\"id\": 5}]}", new ItemDocumentReadOptions { FileName = "bad.json" });
        Console.WriteLine($"refused {bad.Errors[0].ToString().Split(' ')[0]}");
        var sichuan = DeadlinePolicyJson.Write(DeadlinePolicyPresets.Sichuan2024);
        Console.WriteLine($"policy equal={DeadlinePolicyJson.Write(DeadlinePolicyJson.Read(sichuan)) == sichuan}");
        Console.WriteLine($"scheme equal={EvaluationSchemeJson.Read(EvaluationSchemeJson.Write(EvaluationPresets.Default)) == EvaluationPresets.Default}");
        Console.WriteLine($"2025-09-28 working={WorkingCalendar.China.IsWorkingDay(new LocalDate(2025, 9, 28))} 2025-10-08 working={WorkingCalendar.China.IsWorkingDay(new LocalDate(2025, 10, 8))}");
        var accumulator = new AnnualReportAccumulator(new LocalDate(2026, 1, 15));
        foreach (var item in items)
        {
            accumulator.Add(item);
        }

        var report = ReportTallies.Merge([ReportTallyJson.Read(ReportTallyJson.Write(accumulator.ToTally("甲市")), "甲市.tally.json")]);
        Console.WriteLine($"report total={report.Total} onTime={report.Timeliness.OnTime} late={report.Timeliness.Late} rate={report.Timeliness.OnTimeRate}");
        Console.WriteLine($"report json total={AnnualReportJson.Read(AnnualReportJson.Write(report)).Total}");
        """;

    [Fact]
    public async Task Consumer_PublishedWithNativeAot_HasNoWarningAndRuns()
    {
        var app = Path.Combine(packed.WorkFolder, "aot-consumer");
        Tools.AssertOutsideTheRepository(app);
        Directory.CreateDirectory(app);
        var cancel = TestContext.Current.CancellationToken;

        // Its own packages folder, so only the package just packed can be restored (NodaTime and the AOT compiler come
        // from the machine's sources).
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(packed.WorkFolder, "aot-packages") };
        var sources = await Tools.MachineSourcesAsync(app, cancel);
        string[] all = [packed.Feed, .. sources];
        var feeds = string.Concat(all.Select((s, i) => $"    <add key=\"source{i}\" value=\"{System.Security.SecurityElement.Escape(s)}\" />\n"));
        await File.WriteAllTextAsync(Path.Combine(app, "nuget.config"), $"<configuration>\n  <packageSources>\n    <clear />\n{feeds}  </packageSources>\n</configuration>\n", cancel);
        await File.WriteAllTextAsync(Path.Combine(app, "AotConsumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{Tools.TargetFramework}</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <PublishAot>true</PublishAot>
                <InvariantGlobalization>true</InvariantGlobalization>
                <TrimmerSingleWarn>false</TrimmerSingleWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="LianLuo.Domain" Version="{packed.Version}" />
              </ItemGroup>
            </Project>
            """, cancel);
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), Program, cancel);

        var output = Path.Combine(app, "out");
        var publish = (await Tools.RunAsync(Tools.Dotnet, ["publish", "-c", "Release", "-r", "linux-x64", "-o", output], app, environment, TimeSpan.FromMinutes(12), cancel)).Succeeded();
        Assert.Contains("Generating native code", publish, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", publish, StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(Path.Combine(packed.WorkFolder, "aot-packages", "lianluo.domain", packed.Version, $"lianluo.domain.{packed.Version}.nupkg")));
        Assert.False(File.Exists(Path.Combine(output, "LianLuo.Domain.dll")), "A native AOT publish leaves no managed assembly beside the program.");

        var printed = (await Tools.RunAsync(Path.Combine(output, "AotConsumer"), [], app, cancellationToken: cancel)).Succeeded();

        // 2025-03-20 + 3 months = 2025-06-20 (ledger.md §2): a reply on 05-30 is on time, one on 06-23 late, so 1 of 2.
        // The 2025 notice: 9月28日 (a Sunday) is a make-up working day; 10月1日-8日 are off.
        Assert.Equal(
            [
                "document items=2 equal=True",
                "refused bad.json:1:",
                "policy equal=True",
                "scheme equal=True",
                "2025-09-28 working=True 2025-10-08 working=False",
                "report total=2 onTime=1 late=1 rate=50.0",
                "report json total=2",
            ],
            printed.ReplaceLineEndings("\n").Trim().Split('\n'));
    }
}

using LianLuo.Domain.Calendars;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.DependencyInjection;
using LianLuo.Domain.Reporting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace LianLuo.Domain.Tests.DependencyInjection;

public class ServiceCollectionExtensionsTests
{
    /// <summary>IClock, options, calendar, deadline policy, scheme, satisfaction policy, engine, reply rules, item classes, report options, evaluation scheme, unit assessment, document read options.</summary>
    private const int RegisteredServices = 13;

    private static readonly ServiceProviderOptions Strict = new() { ValidateOnBuild = true, ValidateScopes = true };

    [Fact]
    public void AddLianLuoDomain_NullServices_Throws()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => ServiceCollectionExtensions.AddLianLuoDomain(null!));
        Assert.Equal("services", ex.ParamName);
    }

    [Fact]
    public void AddLianLuoDomain_Defaults_SystemClockAndShanghai()
    {
        var services = new ServiceCollection();

        var returned = services.AddLianLuoDomain();
        using var provider = services.BuildServiceProvider(Strict);

        Assert.Same(services, returned);
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        var options = provider.GetRequiredService<LianLuoDomainOptions>();
        Assert.Equal("Asia/Shanghai", options.TimeZoneId);
        Assert.Equal(LianLuoDomainOptions.DefaultTimeZoneId, options.TimeZoneId);
        Assert.Equal(DateTimeZoneProviders.Tzdb["Asia/Shanghai"], options.TimeZone);
        Assert.Same(options, provider.GetRequiredService<LianLuoDomainOptions>());
        Assert.True(options.IsFrozen);
    }

    [Fact]
    public void AddLianLuoDomain_Configure_SetsTheZone()
    {
        var services = new ServiceCollection().AddLianLuoDomain(o => o.TimeZoneId = "Asia/Urumqi");
        using var provider = services.BuildServiceProvider(Strict);

        var options = provider.GetRequiredService<LianLuoDomainOptions>();
        Assert.Equal("Asia/Urumqi", options.TimeZoneId);
        Assert.Equal(Offset.FromHours(6), options.TimeZone.GetUtcOffset(Instant.FromUtc(2024, 7, 1, 0, 0)));
    }

    [Fact]
    public void AddLianLuoDomain_Zone_DecidesTodayOfTheRegisteredEngine()
    {
        // 2025-03-01 17:00 UTC is 03-02 01:00 in Shanghai (UTC+8) but still 03-01 23:00 in Urumqi (UTC+6 in the TZDB).
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2025, 3, 1, 17, 0));
        using var urumqi = new ServiceCollection().AddLianLuoDomain(o => o.TimeZoneId = "Asia/Urumqi").BuildServiceProvider(Strict);
        using var shanghai = new ServiceCollection().AddLianLuoDomain().BuildServiceProvider(Strict);

        Assert.Equal(new LocalDate(2025, 3, 1), urumqi.GetRequiredService<DeadlineEngine>().CurrentDate(clock));
        Assert.Equal(new LocalDate(2025, 3, 2), shanghai.GetRequiredService<DeadlineEngine>().CurrentDate(clock));
        Assert.Same(urumqi.GetRequiredService<DeadlineEngine>(), urumqi.GetRequiredService<AnnualReportOptions>().Engine);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons", "\"Mars/Olympus_Mons\"")]
    [InlineData("", "\"\"")]
    [InlineData("   ", "\"   \"")]
    [InlineData(null, "null")]
    public void AddLianLuoDomain_UnknownZone_IsRefusedAndRegistersNothing(string? zone, string shownValue)
    {
        var services = new ServiceCollection();

        var ex = Assert.Throws<ArgumentException>(() => services.AddLianLuoDomain(o => o.TimeZoneId = zone!));

        Assert.Equal("configure", ex.ParamName);
        Assert.Contains("LianLuoDomainOptions.TimeZoneId (时区)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("must name", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"(value: {shownValue})", ex.Message, StringComparison.Ordinal);
        Assert.Empty(services);
    }

    [Fact]
    public void AddLianLuoDomain_UserRegistrations_Win()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 3, 20, 1, 0));
        var mine = new LianLuoDomainOptions { TimeZoneId = "Asia/Hong_Kong" };
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(clock);
        services.AddSingleton(mine);

        services.AddLianLuoDomain(o => o.TimeZoneId = "Asia/Urumqi");
        using var provider = services.BuildServiceProvider(Strict);

        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Same(mine, provider.GetRequiredService<LianLuoDomainOptions>());
        Assert.Equal(RegisteredServices, services.Count);
    }

    [Fact]
    public void AddLianLuoDomain_CalledTwice_IsHarmless()
    {
        var services = new ServiceCollection();

        services.AddLianLuoDomain(o => o.TimeZoneId = "Asia/Chongqing");
        var count = services.Count;
        services.AddLianLuoDomain();
        using var provider = services.BuildServiceProvider(Strict);

        Assert.Equal(RegisteredServices, count);
        Assert.Equal(count, services.Count);
        Assert.Equal("Asia/Chongqing", provider.GetRequiredService<LianLuoDomainOptions>().TimeZoneId);
        Assert.Single(provider.GetServices<IClock>());
    }

    [Fact]
    public void AddLianLuoDomain_SecondCallWithInvalidOptions_StillThrows()
    {
        var services = new ServiceCollection().AddLianLuoDomain();

        Assert.Throws<ArgumentException>(() => services.AddLianLuoDomain(o => o.TimeZoneId = "Nowhere"));
        Assert.Equal(RegisteredServices, services.Count);
    }

    [Fact]
    public void Options_Registered_AreFrozen()
    {
        using var provider = new ServiceCollection().AddLianLuoDomain().BuildServiceProvider(Strict);
        var options = provider.GetRequiredService<LianLuoDomainOptions>();

        var ex = Assert.Throws<InvalidOperationException>(() => options.TimeZoneId = "Asia/Urumqi");

        Assert.Contains("read-only", ex.Message, StringComparison.Ordinal);
        Assert.Equal("Asia/Shanghai", options.TimeZoneId);
    }

    [Fact]
    public void Options_Validate_ListsProblemsWithoutThrowing()
    {
        var options = new LianLuoDomainOptions();
        Assert.Empty(options.Validate());
        Assert.False(options.IsFrozen);

        options.TimeZoneId = "Asia/Beijing";
        var problem = Assert.Single(options.Validate());
        Assert.Equal(("options", "LianLuoDomainOptions.TimeZoneId", "Asia/Beijing"), (problem.Code, problem.Location, problem.Value));
        Assert.Contains("\"Asia/Beijing\"", problem.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => options.TimeZone);
    }

    [Fact]
    public void Clock_FromTheContainer_GivesTodayInTheConfiguredZone()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2024, 9, 30, 17, 30)));
        using var provider = services.AddLianLuoDomain().BuildServiceProvider(Strict);

        var clock = provider.GetRequiredService<IClock>();
        var zone = provider.GetRequiredService<LianLuoDomainOptions>().TimeZone;

        // 17:30 UTC on 30 September is 01:30 on 1 October (国庆节) in Shanghai.
        Assert.Equal(new LocalDate(2024, 10, 1), clock.GetCurrentInstant().InZone(zone).Date);
    }

    [Fact]
    public void Engines_FromTheContainer_FollowTheConfiguredCalendarAndScheme()
    {
        var calendar = WorkingCalendar.China.WithExtraRestDays([new ArrangedDay(new LocalDate(2025, 6, 20), "地方假日")]);
        var services = new ServiceCollection().AddLianLuoDomain(o =>
        {
            o.Calendar = calendar;
            o.ClassificationScheme = ClassificationScheme.WithReference;
        });
        using var provider = services.BuildServiceProvider(Strict);

        var engine = provider.GetRequiredService<DeadlineEngine>();
        Assert.Same(calendar, engine.Calendar);
        Assert.Same(engine, provider.GetRequiredService<DeadlineEngine>());
        // 2025-03-20 + 3 months = 06-20, a local rest day here, so the deadline moves to Monday 06-23.
        Assert.Equal(new LocalDate(2025, 6, 23), engine.RegularReplyDeadline(LianLuo.Domain.Model.SubmissionKind.Suggestion, new LocalDate(2025, 3, 20), false).Date);
        Assert.Same(ClassificationScheme.WithReference, provider.GetRequiredService<ItemClasses>().Scheme);
        Assert.Same(engine, provider.GetRequiredService<AnnualReportOptions>().Engine);
    }

    [Fact]
    public void AddLianLuoDomain_NullCalendar_IsRefusedAndNamed()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddLianLuoDomain(o => o.Calendar = null!));
        Assert.Contains("Calendar", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_Registered_RefuseEverySetting_AndKeepTheirValues()
    {
        using var provider = new ServiceCollection().AddLianLuoDomain().BuildServiceProvider(Strict);
        var options = provider.GetRequiredService<LianLuoDomainOptions>();

        Action[] settings =
        [
            () => options.Calendar = WorkingCalendar.China,
            () => options.DeadlinePolicy = DeadlinePolicyPresets.Sichuan2024,
            () => options.ClassificationScheme = ClassificationScheme.WithReference,
            () => options.SatisfactionPolicy = LianLuo.Domain.Satisfaction.SatisfactionPolicy.Default,
            () => options.TimeZoneId = "Asia/Urumqi",
            () => options.EvaluationScheme = LianLuo.Domain.Evaluation.EvaluationPresets.Default,
        ];
        foreach (var set in settings)
        {
            var ex = Assert.Throws<InvalidOperationException>(set);
            Assert.Equal("LianLuoDomainOptions are read-only once registered; configure them in the AddLianLuoDomain callback.", ex.Message);
        }

        Assert.Same(DeadlinePolicy.Default, options.DeadlinePolicy);
        Assert.Same(ClassificationScheme.Default, options.ClassificationScheme);
    }

    [Fact]
    public void Options_EveryMissingSetting_IsNamedInOurWords_AndRefusedAtRegistration()
    {
        var options = new LianLuoDomainOptions
        {
            Calendar = null!,
            DeadlinePolicy = null!,
            ClassificationScheme = null!,
            EvaluationScheme = null!,
            SatisfactionPolicy = null!,
        };

        Assert.Equal(
            [
                ("LianLuoDomainOptions.Calendar", "LianLuoDomainOptions.Calendar (工作日历) must be given."),
                ("LianLuoDomainOptions.DeadlinePolicy", "LianLuoDomainOptions.DeadlinePolicy (办理时限) must be given."),
                ("LianLuoDomainOptions.ClassificationScheme", "LianLuoDomainOptions.ClassificationScheme (办理结果分类) must be given."),
                ("LianLuoDomainOptions.EvaluationScheme", "LianLuoDomainOptions.EvaluationScheme (考核方案) must be given."),
                ("LianLuoDomainOptions.SatisfactionPolicy", "LianLuoDomainOptions.SatisfactionPolicy (满意度) must be given."),
            ],
            options.Validate().Select(p => (p.Location, p.Message)));

        // Registration refuses them all at once, in one message.
        var ex = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddLianLuoDomain(o =>
        {
            o.DeadlinePolicy = null!;
            o.SatisfactionPolicy = null!;
        }));
        Assert.StartsWith("LianLuoDomainOptions.DeadlinePolicy (办理时限) must be given. LianLuoDomainOptions.SatisfactionPolicy (满意度) must be given.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_WithoutAZone_HaveNoTimeZone_AndSaySo()
    {
        var options = new LianLuoDomainOptions { TimeZoneId = null! };
        var ex = Assert.Throws<InvalidOperationException>(() => options.TimeZone);
        Assert.Equal("LianLuoDomainOptions.TimeZoneId (时区) must name a TZDB time zone such as Asia/Shanghai (value: null).", ex.Message);
        Assert.Equal(DateTimeZoneProviders.Tzdb["Asia/Urumqi"], new LianLuoDomainOptions { TimeZoneId = "Asia/Urumqi" }.TimeZone);

        // Every problem is said, one sentence after the other.
        var two = Assert.Throws<InvalidOperationException>(() => new LianLuoDomainOptions { TimeZoneId = "", Calendar = null! }.TimeZone);
        Assert.Equal("LianLuoDomainOptions.TimeZoneId (时区) must name a TZDB time zone such as Asia/Shanghai (value: \"\"). LianLuoDomainOptions.Calendar (工作日历) must be given.", two.Message);
    }

    [Fact]
    public void DocumentReadOptions_FromTheContainer_UseTheOneEngine()
    {
        using var provider = new ServiceCollection().AddLianLuoDomain(o => o.DeadlinePolicy = DeadlinePolicyPresets.Sichuan2024).BuildServiceProvider(Strict);
        var engine = provider.GetRequiredService<DeadlineEngine>();
        Assert.Same(engine, provider.GetRequiredService<LianLuo.Domain.Serialization.ItemDocumentReadOptions>().Deadlines);
        Assert.Same(DeadlinePolicyPresets.Sichuan2024, engine.Policy);
    }
}

using LianLuo.Domain.Calendars;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Satisfaction;
using LianLuo.Domain.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace LianLuo.Domain.DependencyInjection;

/// <summary>Registers LianLuo.Domain in a service collection. Stateless and thread-safe.</summary>
/// <example>
/// <code>
/// services.AddLianLuoDomain(options =&gt; options.DeadlinePolicy = DeadlinePolicyPresets.Sichuan2024);
/// // Later, from the container: one configured engine serves the reader, the report and the assessment.
/// var engine = provider.GetRequiredService&lt;DeadlineEngine&gt;();
/// var assessment = provider.GetRequiredService&lt;UnitAssessment&gt;(); // assessment.Engine is engine
/// </code>
/// </example>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the services of LianLuo.Domain as singletons: an <see cref="IClock"/> (the system clock), the validated,
    /// frozen <see cref="LianLuoDomainOptions"/>, and from them the <see cref="WorkingCalendar"/>, <see cref="DeadlinePolicy"/>,
    /// <see cref="DeadlineEngine"/>, <see cref="ClassificationScheme"/>, <see cref="ReplyRules"/>, <see cref="ItemClasses"/>,
    /// <see cref="SatisfactionPolicy"/>, <see cref="AnnualReportOptions"/>, the <see cref="EvaluationScheme"/> with the
    /// <see cref="UnitAssessment"/> that scores with it, and the <see cref="ItemDocumentReadOptions"/> of the item-history
    /// reader — the one <see cref="DeadlineEngine"/> serves the reader, the report and the assessment. Registrations already present win, so a
    /// second call adds nothing (its options are still validated). Every registered object is immutable and thread-safe.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the default options (time zone <c>Asia/Shanghai</c>), or null to keep them.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The configured options are invalid; the message lists every problem, and nothing is registered.</exception>
    public static IServiceCollection AddLianLuoDomain(this IServiceCollection services, Action<LianLuoDomainOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new LianLuoDomainOptions();
        configure?.Invoke(options);
        options.ThrowIfInvalid(nameof(configure));
        options.Freeze();

        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(options);
        services.TryAddSingleton(sp => sp.GetRequiredService<LianLuoDomainOptions>().Calendar);
        services.TryAddSingleton(sp => sp.GetRequiredService<LianLuoDomainOptions>().DeadlinePolicy);
        services.TryAddSingleton(sp => sp.GetRequiredService<LianLuoDomainOptions>().ClassificationScheme);
        services.TryAddSingleton(sp => sp.GetRequiredService<LianLuoDomainOptions>().SatisfactionPolicy);
        services.TryAddSingleton(sp => new DeadlineEngine(
            sp.GetRequiredService<WorkingCalendar>(), sp.GetRequiredService<DeadlinePolicy>(), sp.GetRequiredService<LianLuoDomainOptions>().TimeZone));
        services.TryAddSingleton(sp => new ReplyRules(sp.GetRequiredService<ClassificationScheme>()));
        services.TryAddSingleton(sp => new ItemClasses(sp.GetRequiredService<ClassificationScheme>(), sp.GetRequiredService<DeadlineEngine>()));
        services.TryAddSingleton(sp => new AnnualReportOptions
        {
            Engine = sp.GetRequiredService<DeadlineEngine>(),
            Scheme = sp.GetRequiredService<ClassificationScheme>(),
            Satisfaction = sp.GetRequiredService<SatisfactionPolicy>(),
        });

        // One configured engine serves the document reader, the report and the assessment.
        services.TryAddSingleton(sp => sp.GetRequiredService<LianLuoDomainOptions>().EvaluationScheme);
        services.TryAddSingleton(sp => new UnitAssessment(
            sp.GetRequiredService<EvaluationScheme>(), sp.GetRequiredService<DeadlineEngine>(), sp.GetRequiredService<ReplyRules>()));
        services.TryAddSingleton(sp => new ItemDocumentReadOptions { Deadlines = sp.GetRequiredService<DeadlineEngine>() });
        return services;
    }
}

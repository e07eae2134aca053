using System.Globalization;
using LianLuo.Domain.Calendars;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.DependencyInjection;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Serialization;

namespace LianLuo.Service;

/// <summary>
/// The city's local rules, from configuration (section <c>LianLuo</c>): <c>Policy</c> is a deadline-policy preset
/// (<c>default</c>, <c>sichuan</c>, <c>shandong</c>, <c>city-notice-2008</c>) or the path of a policy file (JSON);
/// <c>Calendar</c> the path of calendar additions in the china-holidays.json format (e.g. a new State Council notice);
/// <c>Scheme</c> an assessment preset name or the path of a scheme file; <c>TimeZone</c> the TZDB zone of "today".
/// A file that cannot be read or holds an invalid policy stops the service at start-up, with every problem listed.
/// </summary>
internal static class ServiceSettings
{
    /// <summary>The configuration section.</summary>
    internal const string Section = "LianLuo";

    /// <summary>The name of the connection string (<c>ConnectionStrings:LianLuo</c>).</summary>
    internal const string ConnectionStringName = "LianLuo";

    /// <summary>Applies the configured local rules to the library's options.</summary>
    /// <exception cref="InvalidOperationException">A setting names a file that cannot be read or does not hold valid rules.</exception>
    internal static void Apply(IConfiguration configuration, LianLuoDomainOptions options)
    {
        var section = configuration.GetSection(Section);
        if (section["TimeZone"] is { Length: > 0 } zone)
        {
            options.TimeZoneId = zone;
        }

        if (section["Calendar"] is { Length: > 0 } calendarFile)
        {
            var json = ReadFile(calendarFile, "LianLuo:Calendar");
            if (!WorkingCalendar.China.TryWithYearsFromJson(json, out var calendar, out var problems))
            {
                throw new InvalidOperationException(Problems("LianLuo:Calendar", calendarFile, problems.Select(p => (p.Line, p.Path, p.Message))));
            }

            options.Calendar = calendar;
        }

        if (section["Policy"] is { Length: > 0 } policy && !string.Equals(policy, "default", StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(policy) && DeadlinePolicyPresets.ByName.TryGetValue(policy, out var preset))
            {
                options.DeadlinePolicy = preset;
            }
            else
            {
                var json = ReadFile(policy, "LianLuo:Policy", $" (nor is it a preset: default, {string.Join(", ", DeadlinePolicyPresets.ByName.Keys)})");
                if (!DeadlinePolicyJson.TryRead(json, out var read, out var problems))
                {
                    throw new InvalidOperationException(Problems("LianLuo:Policy", policy, problems.Select(p => (p.Line, p.Path, p.Message))));
                }

                options.DeadlinePolicy = read;
            }
        }

        if (section["Scheme"] is { Length: > 0 } scheme)
        {
            if (!File.Exists(scheme) && EvaluationPresets.ByName.TryGetValue(scheme, out var preset))
            {
                options.EvaluationScheme = preset;
            }
            else
            {
                var json = ReadFile(scheme, "LianLuo:Scheme", $" (nor is it a preset: {string.Join(", ", EvaluationPresets.ByName.Keys)})");
                if (!EvaluationSchemeJson.TryRead(json, out var read, out var problems))
                {
                    throw new InvalidOperationException(Problems("LianLuo:Scheme", scheme, problems.Select(p => (p.Line, p.Path, p.Message))));
                }

                options.EvaluationScheme = read;
            }
        }
    }

    private static string ReadFile(string path, string setting, string alternative = "")
    {
        try
        {
            return File.ReadAllText(path, System.Text.Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InvalidOperationException($"{setting}: cannot read {path}{alternative}: {ex.Message}", ex);
        }
    }

    private static string Problems(string setting, string file, IEnumerable<(int? Line, string Path, string Message)> problems) =>
        $"{setting}: {file} is not valid:" + string.Concat(problems.Select(p =>
            string.Create(CultureInfo.InvariantCulture, $"{Environment.NewLine}  {file}:{p.Line ?? 1}: {p.Path}: {p.Message}")));
}

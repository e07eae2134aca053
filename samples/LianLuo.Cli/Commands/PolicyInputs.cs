using System.Globalization;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Serialization;

namespace LianLuo.Cli.Commands;

/// <summary>
/// The one deadline engine of a command: the China calendar with the default policy, or with the policy of
/// <c>--policy FILE</c> (a deadline policy in JSON, or the name of a preset: <c>sichuan</c>, <c>shandong</c>,
/// <c>city-notice-2008</c>, <c>default</c>). The same engine judges the ledger's rows, the report and the assessment.
/// </summary>
internal static class PolicyInputs
{
    /// <summary>The <c>--policy</c> option of the commands that compute.</summary>
    internal static readonly CommandOption Option = new("--policy", "FILE", "a deadline policy (JSON), or a preset: sichuan, shandong, city-notice-2008; default: ledger.md §2");

    /// <summary>
    /// The engine of the command; null after printing every problem of the policy as <c>FILE:LINE: PATH: reason</c>
    /// (or why the file cannot be read).
    /// </summary>
    internal static DeadlineEngine? Engine(string? policy, string command, TextWriter stderr)
    {
        if (policy is null)
        {
            return DeadlineEngine.Default;
        }

        if (!File.Exists(policy) && DeadlinePolicyPresets.ByName.TryGetValue(policy, out var preset))
        {
            return new DeadlineEngine(DeadlineEngine.Default.Calendar, preset);
        }

        string json;
        try
        {
            json = File.ReadAllText(policy);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"lianluo {command}: cannot read the policy: {ex.Message}");
            return null;
        }

        if (DeadlinePolicyJson.TryRead(json, out var read, out var problems))
        {
            return new DeadlineEngine(DeadlineEngine.Default.Calendar, read);
        }

        foreach (var problem in problems)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{policy}:{problem.Line ?? 1}: {problem.Path}: {problem.Message}"));
        }

        stderr.WriteLine($"lianluo {command}: {policy} is not a valid deadline policy.");
        return null;
    }
}

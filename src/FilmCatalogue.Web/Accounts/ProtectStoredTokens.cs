using FilmCatalogue.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace FilmCatalogue.Web.Accounts;

/// <summary>
/// At start, encrypts the authenticator keys and recovery codes an earlier version stored in plain text
/// (<see cref="CuratorStore"/>), which reads them as they are until then.
/// </summary>
internal sealed partial class ProtectStoredTokens(IServiceProvider services, ILogger<ProtectStoredTokens> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var store = (CuratorStore)scope.ServiceProvider.GetRequiredService<IUserStore<Curator>>();
        var protectedCount = await store.ProtectPlainTokensAsync(cancellationToken);
        if (protectedCount > 0)
        {
            LogProtected(logger, protectedCount);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 3012, Level = LogLevel.Information, Message = "Encrypted {Count} two-factor secrets stored in plain text by an earlier version")]
    private static partial void LogProtected(ILogger logger, int count);
}

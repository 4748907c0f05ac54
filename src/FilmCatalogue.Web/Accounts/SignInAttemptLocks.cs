namespace FilmCatalogue.Web.Accounts;

/// <summary>
/// One lock per account (striped over a fixed set, so memory stays bounded) around every credential check:
/// password, authenticator code, recovery code. Identity counts failed attempts by read, increment, write; two
/// requests at once would both read the same count and one increment would be lost (or refused as a concurrency
/// failure and never counted). Under the lock each check starts from the account as stored, so five failures lock
/// the account whatever their timing, and guesses queued behind the fifth are refused without being checked.
/// The lock is per process. Across processes (several instances on one PostgreSQL catalogue, or a verb run beside the
/// site) the user's ConcurrencyStamp still refuses a stale write, and <see cref="CuratorManager.AccessFailedAsync"/>
/// retries it: the count is the account's, only the queueing is per instance.
/// </summary>
public sealed class SignInAttemptLocks : IDisposable
{
    private readonly SemaphoreSlim[] stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public async Task<IDisposable> HoldAsync(string userId)
    {
        var stripe = stripes[(uint)StringComparer.Ordinal.GetHashCode(userId) % (uint)stripes.Length];
        await stripe.WaitAsync();
        return new Held(stripe);
    }

    public void Dispose()
    {
        foreach (var stripe in stripes)
        {
            stripe.Dispose();
        }
    }

    private sealed class Held(SemaphoreSlim stripe) : IDisposable
    {
        private SemaphoreSlim? stripe = stripe;

        public void Dispose() => Interlocked.Exchange(ref stripe, null)?.Release();
    }
}

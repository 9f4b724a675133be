using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace DataverseFunnel.OrgClient.Tests.TestSupport
{
    /// <summary>Runs work against a fake clock, moving it forward in small steps until the work ends: waits are asserted, never slept.</summary>
    public static class FakeClock
    {
        public static FakeTimeProvider Create() => new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

        public static async Task<T> RunAsync<T>(FakeTimeProvider clock, Func<Task<T>> work, TimeSpan? step = null)
        {
            var task = Task.Run(work);
            var by = step ?? TimeSpan.FromMilliseconds(100);
            for (var i = 0; i < 100_000 && !task.IsCompleted; i++)
            {
                await Task.Delay(1);
                if (!task.IsCompleted)
                {
                    clock.Advance(by);
                }
            }

            return await task;
        }

        public static Task RunAsync(FakeTimeProvider clock, Func<Task> work, TimeSpan? step = null) =>
            RunAsync(clock, async () =>
            {
                await work();
                return 0;
            }, step);
    }
}

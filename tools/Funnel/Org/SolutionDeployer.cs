using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using DataverseFunnel.OrgClient;

namespace DataverseFunnel.Cli.Org
{
    /// <summary>
    /// Imports a solution zip the way the platform recommends for anything non-trivial — ImportSolutionAsync, then
    /// poll the async operation and the import job
    /// (https://learn.microsoft.com/power-platform/alm/solution-async) — publishes, and checks that what the zip
    /// ships is there and switched on.
    /// </summary>
    internal sealed class SolutionDeployer
    {
        private readonly WebApiClient client;
        private readonly TextWriter output;
        private readonly TimeSpan pollInterval;
        private readonly TimeSpan importTimeout;
        private readonly TimeProvider clock;

        /// <param name="pollInterval">Between polls; one progress line per poll, so at most a second for "at least every second".</param>
        public SolutionDeployer(WebApiClient client, TextWriter output, TimeSpan pollInterval, TimeSpan importTimeout, TimeProvider clock)
        {
            this.client = client;
            this.output = output;
            this.pollInterval = pollInterval;
            this.importTimeout = importTimeout;
            this.clock = clock;
        }

        /// <returns>Exit code: 0 imported, published and verified; 1 otherwise (the reason printed).</returns>
        public async Task<int> DeployAsync(byte[] zip, bool overwrite, bool publish)
        {
            var targets = DeploymentTargets.FromZip(zip);
            output.WriteLine($"funnel deploy: importing {targets.UniqueName} ({zip.Length:N0} bytes) into {client.Endpoint.Name}");
            var import = await client.ImportSolutionAsync(zip, overwrite).ConfigureAwait(false);
            var jobId = Guid.TryParse(import.ImportJobKey, out var parsed) ? parsed : (Guid?)null;
            var started = clock.GetUtcNow();
            AsyncOperationState state;
            while (true)
            {
                state = await client.GetAsyncOperationAsync(import.AsyncOperationId).ConfigureAwait(false);
                var job = await ImportJobAsync(jobId).ConfigureAwait(false);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"funnel deploy: {Bar(job?.Progress ?? 0)} {job?.Progress ?? 0,5:0.0}% {Describe(state)} ({(clock.GetUtcNow() - started).TotalSeconds:0} s)"));
                if (state.IsCompleted)
                {
                    if (!state.IsSucceeded)
                    {
                        output.WriteLine($"funnel deploy: import failed: {ImportJobLog.Error(job?.Data) ?? state.FriendlyMessage ?? state.Message ?? Describe(state)}");
                        return ExitCodes.Findings;
                    }

                    break;
                }

                if (clock.GetUtcNow() - started > importTimeout)
                {
                    output.WriteLine($"funnel deploy: the import was still running after {importTimeout.TotalMinutes:0} minutes; it goes on in the org (async operation {import.AsyncOperationId:D})");
                    return ExitCodes.Findings;
                }

                await Task.Delay(pollInterval, clock).ConfigureAwait(false);
            }

            if (publish)
            {
                output.WriteLine("funnel deploy: publishing all customizations");
                await client.PublishAllXmlAsync().ConfigureAwait(false);
            }

            return await VerifyAsync(targets).ConfigureAwait(false) ? ExitCodes.Ok : ExitCodes.Findings;
        }

        private async Task<ImportJobState?> ImportJobAsync(Guid? id)
        {
            if (id is not { } job)
            {
                return null;
            }

            try
            {
                return await client.GetImportJobAsync(job).ConfigureAwait(false);
            }
            catch (OrgRequestException e) when (e.Status == HttpStatusCode.NotFound)
            {
                // The import job row appears once the async operation starts working.
                return null;
            }
        }

        private async Task<bool> VerifyAsync(DeploymentTargets targets)
        {
            var problems = new List<string>();
            // pluginassembly: https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/pluginassembly
            foreach (var (id, name) in targets.Assemblies)
            {
                if (await RowAsync($"pluginassemblies({id:D})?$select=name").ConfigureAwait(false) is null)
                {
                    problems.Add($"plugin assembly {name} is missing");
                }
            }

            // sdkmessageprocessingstep statecode: 0 Enabled, 1 Disabled.
            // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep#statecode-choicesstates
            var enabled = 0;
            foreach (var (id, name) in targets.Steps)
            {
                var step = await RowAsync($"sdkmessageprocessingsteps({id:D})?$select=name,statecode").ConfigureAwait(false);
                if (step is null)
                {
                    problems.Add($"step {name} is missing");
                }
                else if (step != 0)
                {
                    problems.Add($"step {name} is disabled");
                }
                else
                {
                    enabled++;
                }
            }

            // workflow statecode: 0 Draft, 1 Activated.
            // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/workflow#statecode-choicesstates
            foreach (var (id, name) in targets.Flows)
            {
                var flow = await RowAsync($"workflows({id:D})?$select=name,statecode").ConfigureAwait(false);
                if (flow is null)
                {
                    problems.Add($"business process flow {name} is missing");
                }
                else if (flow != 1)
                {
                    problems.Add($"business process flow {name} is not activated");
                }
            }

            foreach (var set in targets.EntitySets)
            {
                try
                {
                    using var response = await client.GetAsync($"{set}?$top=1").ConfigureAwait(false);
                }
                catch (OrgRequestException e)
                {
                    problems.Add($"table {set} does not answer: {e.Message}");
                }
            }

            foreach (var problem in problems)
            {
                output.WriteLine($"funnel deploy: {problem}");
            }

            output.WriteLine(problems.Count == 0
                ? $"funnel deploy: verified: {targets.Assemblies.Count} plugin assembly, {enabled} of {targets.Steps.Count} steps enabled, {targets.Flows.Count} flow activated, {targets.EntitySets.Count} tables answer"
                : $"funnel deploy: {problems.Count} problem(s) after the import");
            return problems.Count == 0;
        }

        /// <summary>The row's statecode (-1 when it has none), or null when the row does not exist.</summary>
        private async Task<int?> RowAsync(string target)
        {
            try
            {
                using var response = await client.GetAsync(target).ConfigureAwait(false);
                var root = response.Body?.RootElement;
                return root is { } r && r.TryGetProperty("statecode", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : -1;
            }
            catch (OrgRequestException e) when (e.Status == HttpStatusCode.NotFound)
            {
                return null;
            }
        }

        private static string Describe(AsyncOperationState state) => (state.StateCode, state.StatusCode) switch
        {
            (3, 30) => "succeeded",
            (3, 31) => "failed",
            (3, 32) => "canceled",
            (0, _) => "waiting",
            (1, _) => "suspended",
            _ => "in progress",
        };

        private static string Bar(double percent)
        {
            var filled = (int)Math.Clamp(Math.Round(percent / 5), 0, 20);
            return "[" + new string('#', filled) + new string('.', 20 - filled) + "]";
        }
    }
}

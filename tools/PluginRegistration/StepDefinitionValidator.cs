using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.Plugins.Registration;

namespace DataverseFunnel.Registration
{
    /// <summary>
    /// Rejects step registrations Dataverse would refuse or silently ignore (register-plug-in.md: images, stages,
    /// modes, filtering attributes), so a mistake fails in a unit test rather than at import.
    /// </summary>
    public static class StepDefinitionValidator
    {
        private static readonly HashSet<string> MessagesWithImages = new(StringComparer.Ordinal)
        {
            "Create", "Update", "Delete", "SetState", "SetStateDynamicEntity", "Assign", "Merge", "Route", "Send",
            "DeliverIncoming", "DeliverPromote", "CreateMultiple", "UpdateMultiple",
        };

        private static readonly HashSet<string> MessagesWithFilteringAttributes = new(StringComparer.Ordinal)
        {
            "Update", "UpdateMultiple",
        };

        /// <summary>Every problem with one step, in words an author can act on; empty when the step is valid.</summary>
        public static IReadOnlyList<string> Problems(StepDefinition step)
        {
            var problems = new List<string>();
            var where = $"Step '{step.Name}' ({step.PluginTypeName})";
            if (step.Id == Guid.Empty)
            {
                problems.Add($"{where} has no id: give it a stable GUID so re-imports update the same step.");
            }

            if (string.IsNullOrWhiteSpace(step.Message))
            {
                problems.Add($"{where} has no message: name the SDK message, e.g. \"Update\".");
            }

            if (string.IsNullOrWhiteSpace(step.PrimaryEntity))
            {
                problems.Add($"{where} has no table: name the table's logical name.");
            }

            if (!Enum.IsDefined(typeof(PipelineStage), step.Stage))
            {
                problems.Add($"{where} uses stage {(int)step.Stage}: use PreValidation (10), PreOperation (20) or PostOperation (40).");
            }

            if (step.Mode == ExecutionMode.Asynchronous && step.Stage != PipelineStage.PostOperation)
            {
                problems.Add($"{where} is asynchronous in {step.Stage}: asynchronous steps run only in PostOperation.");
            }

            if (step.Rank < 0)
            {
                problems.Add($"{where} has rank {step.Rank}: the execution order must be 0 or more.");
            }

            if (step.FilteringAttributes.Count > 0 && !MessagesWithFilteringAttributes.Contains(step.Message))
            {
                problems.Add($"{where} filters on attributes for {step.Message}: filtering attributes apply only to Update.");
            }

            AddImageProblems(step, where, problems);
            return problems;
        }

        /// <summary>Throws <see cref="StepRegistrationException"/> listing every problem of the step.</summary>
        public static void EnsureValid(StepDefinition step)
        {
            var problems = Problems(step);
            if (problems.Count > 0)
            {
                throw new StepRegistrationException(string.Join(Environment.NewLine, problems));
            }
        }

        /// <summary>Validates a set of steps: each step, plus ids that must be unique across the set.</summary>
        public static void EnsureValid(IEnumerable<StepDefinition> steps)
        {
            var all = steps.ToList();
            var problems = all.SelectMany(Problems).ToList();
            problems.AddRange(all.GroupBy(s => s.Id).Where(g => g.Count() > 1)
                .Select(g => $"Step id {g.Key} is used by {string.Join(", ", g.Select(s => $"'{s.Name}'"))}: each step needs its own id."));
            if (problems.Count > 0)
            {
                throw new StepRegistrationException(string.Join(Environment.NewLine, problems));
            }
        }

        private static void AddImageProblems(StepDefinition step, string where, List<string> problems)
        {
            if (step.Images.Count == 0)
            {
                return;
            }

            if (!MessagesWithImages.Contains(step.Message))
            {
                problems.Add($"{where} registers an image on {step.Message}: that message has no entity images.");
                return;
            }

            foreach (var image in step.Images)
            {
                if (string.IsNullOrWhiteSpace(image.Alias))
                {
                    problems.Add($"{where} has an image without an alias: name it, e.g. \"pre\".");
                }

                if (image.Kind == StepImageKind.PreImage && step.Message is "Create" or "CreateMultiple")
                {
                    problems.Add($"{where} asks for a pre-image on {step.Message}: a new row has no previous state.");
                }

                if (image.Kind == StepImageKind.PostImage && step.Message == "Delete")
                {
                    problems.Add($"{where} asks for a post-image on Delete: a deleted row has no state after the operation.");
                }

                if (image.Kind == StepImageKind.PostImage && step.Stage != PipelineStage.PostOperation)
                {
                    problems.Add($"{where} asks for a post-image in {step.Stage}: post-images exist only in PostOperation.");
                }
            }

            foreach (var duplicate in step.Images.GroupBy(i => i.Alias, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                problems.Add($"{where} uses the image alias '{duplicate.Key}' twice: each image needs its own alias.");
            }
        }
    }
}

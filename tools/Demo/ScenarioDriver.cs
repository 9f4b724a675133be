using System;
using System.Collections.Generic;
using System.IO;
using System.ServiceModel;
using DataverseFunnel.InMemory;
using DataverseFunnel.Plugins.Bowtie.Flow;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Demo
{
    /// <summary>
    /// Plays a planned scenario against the org through the real plugins, the way people would: forms (Update of the
    /// journey), the process flow (Update of its active stage), and a few attempts the bowtie must refuse.
    /// Every refusal is recorded; the ones the plan did not expect are reported as problems.
    /// </summary>
    internal sealed class ScenarioDriver
    {
        private readonly InMemoryOrganization _org;
        private readonly DemoScenario _scenario;
        private readonly TextWriter _progress;
        private readonly Guid[] _journeyIds;
        private readonly int[] _stageOf;
        private readonly Guid?[] _flowOf;
        private readonly Guid[] _accounts;
        private readonly Dictionary<Guid, IOrganizationService> _services = new();

        public ScenarioDriver(InMemoryOrganization org, DemoScenario scenario, TextWriter progress)
        {
            _org = org;
            _scenario = scenario;
            _progress = progress;
            _journeyIds = new Guid[scenario.Journeys.Count];
            _stageOf = new int[scenario.Journeys.Count];
            _flowOf = new Guid?[scenario.Journeys.Count];
            _org.Seed(DemoUsers.Rows());
            var accounts = new List<Guid>(scenario.Accounts.Count);
            foreach (var name in scenario.Accounts)
            {
                accounts.AddRange(_org.Seed(new Entity("account") { ["name"] = name }));
            }

            _accounts = accounts.ToArray();
            Service(DemoUsers.RevenueOperations).Create(AdminVocabulary.ChurnRewrite());
        }

        public IReadOnlyList<ActionOutcome> Run()
        {
            var outcomes = new List<ActionOutcome>(_scenario.Actions.Count);
            var clock = (ManualClock)_org.Clock;
            var reported = 0;
            for (var i = 0; i < _scenario.Actions.Count; i++)
            {
                var action = _scenario.Actions[i];
                if (action.At > clock.GetUtcNow().UtcDateTime)
                {
                    clock.SetUtcNow(new DateTimeOffset(action.At, TimeSpan.Zero));
                }

                outcomes.Add(Play(action));
                var percent = (i + 1) * 10 / _scenario.Actions.Count;
                if (percent > reported)
                {
                    reported = percent;
                    _progress.WriteLine($"  driving journeys through the bowtie… {percent * 10,3} % ({i + 1:N0} of {_scenario.Actions.Count:N0} actions)");
                }
            }

            return outcomes;
        }

        private ActionOutcome Play(PlannedAction action)
        {
            var expected = action.Kind is PlannedActionKind.AttemptSkip or PlannedActionKind.AttemptCommitWithoutTrade or PlannedActionKind.AttemptBackFromCommit;
            try
            {
                Execute(action);
                return new ActionOutcome(action, false, expected, null, Rewritten(action));
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                if (action.Kind == PlannedActionKind.WriteDescription)
                {
                    // The seller rewords the description the vocabulary guard refused, and saves again.
                    Create(action with { Text = "Wants measurable impact on onboarding time; commitment expected after a joint plan." });
                    return new ActionOutcome(action, true, true, fault.Detail.Message);
                }

                return new ActionOutcome(action, true, expected, fault.Detail.Message);
            }
        }

        /// <summary>The description as stored, when the vocabulary guard rewrote what was sent; else null.</summary>
        private string? Rewritten(PlannedAction action)
        {
            if (action.Kind != PlannedActionKind.WriteDescription)
            {
                return null;
            }

            var stored = _org.Peek(JourneyColumns.Table, _journeyIds[action.Journey])?.GetAttributeValue<string>(JourneyColumns.Description);
            return stored is not null && stored != action.Text ? stored : null;
        }

        private void Execute(PlannedAction action)
        {
            var j = action.Journey;
            switch (action.Kind)
            {
                case PlannedActionKind.WriteDescription:
                    Create(action);
                    break;
                case PlannedActionKind.CompleteTask:
                    var task = BowtieModel.Tasks[action.Task!.Value];
                    Update(j, (task.DoneColumn, true), (JourneyColumns.CurrentTask, new OptionSetValue((int)task.Task)));
                    break;
                case PlannedActionKind.Advance when action.ViaProcessFlow:
                    MoveFlow(j, action.Stage!.Value);
                    _stageOf[j] = action.Stage.Value;
                    break;
                case PlannedActionKind.Advance or PlannedActionKind.AttemptSkip or PlannedActionKind.AttemptCommitWithoutTrade or PlannedActionKind.AttemptBackFromCommit:
                    Update(j, (JourneyColumns.Stage, Stage(action.Stage!.Value)));
                    _stageOf[j] = action.Stage.Value;
                    break;
                case PlannedActionKind.Recycle:
                    Update(j, (JourneyColumns.Stage, Stage(action.Stage!.Value)), (JourneyColumns.MoveReason, action.Text));
                    _stageOf[j] = action.Stage.Value;
                    break;
                case PlannedActionKind.EnterGetWell:
                    Update(j, (JourneyColumns.Health, new OptionSetValue((int)JourneyHealth.GetWell)));
                    break;
                case PlannedActionKind.RecoverFromGetWell:
                    Update(j, (JourneyColumns.Health, new OptionSetValue((int)JourneyHealth.OnTrack)));
                    break;
                case PlannedActionKind.OffBoard:
                    Exit(j, BowtieExit.OffBoarded, action.Text);
                    break;
                case PlannedActionKind.NotAFit:
                    Exit(j, BowtieExit.NotAFit, action.Text);
                    break;
                case PlannedActionKind.Import:
                    Create(action, action.Stage);
                    _stageOf[j] = action.Stage!.Value;
                    break;
                case PlannedActionKind.ChangeMrr:
                    Update(j, (JourneyColumns.Mrr, new Money(action.Mrr!.Value)));
                    break;
                default:
                    throw new InvalidOperationException($"No way to play {action.Kind}.");
            }
        }

        private void Create(PlannedAction action, int? importedAt = null)
        {
            var seed = _scenario.Journeys[action.Journey];
            var journey = new Entity(JourneyColumns.Table)
            {
                [JourneyColumns.Name] = $"{_scenario.Accounts[seed.Account]}: {seed.Campaign}",
                [JourneyColumns.Customer] = new EntityReference("account", _accounts[seed.Account]),
                [JourneyColumns.Motion] = new OptionSetValue(BowtieModel.OptionValuePrefix + seed.Motion),
                [JourneyColumns.Campaign] = seed.Campaign,
                [JourneyColumns.Mrr] = new Money(seed.Mrr),
                [JourneyColumns.Health] = new OptionSetValue((int)JourneyHealth.OnTrack),
                [JourneyColumns.Description] = action.Text ?? string.Empty,
            };
            if (importedAt is int stage)
            {
                // An import of an existing customer: a later stage with a reason, earlier stages recorded as skipped.
                journey[JourneyColumns.Stage] = Stage(stage);
                journey[JourneyColumns.MoveReason] = action.Text!;
                journey[JourneyColumns.Description] = "Existing customer.";
            }

            _journeyIds[action.Journey] = Service(importedAt is null ? DemoUsers.Marketer : DemoUsers.SuccessManager).Create(journey);
        }

        private void Update(int journey, params (string Column, object? Value)[] values)
        {
            var entity = new Entity(JourneyColumns.Table, _journeyIds[journey]);
            foreach (var (column, value) in values)
            {
                entity[column] = value!;
            }

            Service(DemoUsers.ForStage(_stageOf[journey])).Update(entity);
        }

        private void Exit(int journey, BowtieExit exit, string? reason) => Update(journey,
            (JourneyColumns.StateCode, new OptionSetValue(JourneyColumns.Inactive)),
            (JourneyColumns.StatusCode, new OptionSetValue((int)exit)),
            (JourneyColumns.MoveReason, reason));

        /// <summary>Moves the journey's process flow (starting it first if the journey has none) to the stage's flow position.</summary>
        private void MoveFlow(int journey, int stage)
        {
            var user = DemoUsers.ForStage(_stageOf[journey]);
            _flowOf[journey] ??= _org.CreateBusinessProcessFlowInstance(
                JourneyFlowColumns.Table, new EntityReference(JourneyColumns.Table, _journeyIds[journey]), user);
            var position = JourneyFlowMap.ForStage(BowtieModel.Stages[stage].Stage);
            var flow = new Entity(JourneyFlowColumns.Table, _flowOf[journey]!.Value)
            {
                [JourneyFlowColumns.ActiveStage] = new EntityReference(JourneyFlowColumns.ProcessStageTable, position.ActiveStageId),
                [JourneyFlowColumns.TraversedPath] = position.TraversedPath,
            };
            if (position.Finished)
            {
                flow[JourneyFlowColumns.StateCode] = new OptionSetValue(JourneyFlowColumns.InactiveState);
                flow[JourneyFlowColumns.StatusCode] = new OptionSetValue(JourneyFlowColumns.FinishedStatus);
            }

            Service(user).Update(flow);
        }

        private static OptionSetValue Stage(int index) => new((int)BowtieModel.Stages[index].Stage);

        private IOrganizationService Service(Guid user)
        {
            if (!_services.TryGetValue(user, out var service))
            {
                service = _org.CreateService(user);
                _services.Add(user, service);
            }

            return service;
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Configuration;
using DataverseFunnel.Plugins.Bowtie.Vocabulary;

namespace DataverseFunnel.Plugins.Bowtie.Settings
{
    /// <summary>
    /// The environment variables admins tune in the app (Solution/environmentvariabledefinitions holds the same list;
    /// a test keeps the two equal). Defaults are the framework's, the same as an empty step configuration.
    /// </summary>
    internal static class EnvironmentSettings
    {
        public static EnvironmentSetting AllowSkip { get; } = new EnvironmentSetting(
            "bowtie_AllowSkip", SettingType.Boolean, "no", BowtieOptionsReader.AllowSkip, "Bowtie: allow skipping stages",
            "Yes lets a journey move over more than one stage, with a reason. Default no: one stage at a time.");

        public static EnvironmentSetting AllowLaterStageOnCreate { get; } = new EnvironmentSetting(
            "bowtie_AllowLaterStageOnCreate", SettingType.Boolean, "yes", BowtieOptionsReader.AllowLaterStageOnCreate,
            "Bowtie: allow imports past Prospect", "Yes lets a new journey start past Prospect (an import), with a reason.");

        public static EnvironmentSetting AllowRecycle { get; } = new EnvironmentSetting(
            "bowtie_AllowRecycle", SettingType.Boolean, "yes", BowtieOptionsReader.AllowRecycle, "Bowtie: allow recycling",
            "Yes lets an MQL or SQL go back to Prospect for nurture, with a reason.");

        public static EnvironmentSetting RequireReasonForReactivation { get; } = new EnvironmentSetting(
            "bowtie_RequireReasonForReactivation", SettingType.Boolean, "no", BowtieOptionsReader.RequireReasonForReactivation,
            "Bowtie: reason to reactivate", "Yes makes bringing back an off-boarded or not-a-fit journey need a reason.");

        public static EnvironmentSetting ExitCriteria { get; } = new EnvironmentSetting(
            "bowtie_ExitCriteria", SettingType.Json,
            "{\"Marketing\": {}, \"Prospecting\": {\"anyOf\": [\"Outbound\", \"Inbound\", \"Target\"]}, \"Selling\": {\"allOf\": [\"Trade\"]}, " +
            "\"Onboarding\": {\"allOf\": [\"Onboarding\"]}, \"Achieve impact\": {\"allOf\": [\"Usage\"]}, \"Grow\": {\"anyOf\": [\"Renew\", \"Upsell\", \"Cross-sell\"]}}",
            BowtieOptionsReader.ExitCriteria, "Bowtie: exit criteria",
            "Per process, the tasks that must be done before a journey leaves it: {} (nothing), {\"anyOf\": [tasks]} or {\"allOf\": [tasks]}.");

        public static EnvironmentSetting HistoryCorrectors { get; } = new EnvironmentSetting(
            "bowtie_HistoryCorrectors", SettingType.Json, "[]", BowtieOptionsReader.HistoryCorrectors, "Bowtie: history correctors",
            "The user ids (GUIDs) of the system administrators who may correct the stage history, as a JSON list.");

        public static EnvironmentSetting VocabularyEnforcement { get; } = new EnvironmentSetting(
            "bowtie_VocabularyEnforcement", SettingType.String, "terms", VocabularyGuardOptionsReader.Enforcement, "Bowtie: vocabulary enforcement",
            "terms (each term's own action), block, rewrite or warn (audit before switching enforcement on).");

        public static EnvironmentSetting ConversionTargets { get; } = new EnvironmentSetting(
            "bowtie_ConversionTargets", SettingType.Json,
            "{\"Marketing\": 0.20, \"Prospecting\": 0.25, \"Selling\": 0.25, \"Onboarding\": 0.94, \"Achieve impact\": 0.90, \"Grow\": 0.22}",
            null, "Bowtie: conversion targets",
            "Per process, the conversion the weakest link is measured against, as a fraction (0.25 for 25 %); null removes a target.");

        /// <summary>The variables the stage and history rules read.</summary>
        public static IReadOnlyList<EnvironmentSetting> BowtieRules { get; } = new[]
        {
            AllowSkip, AllowLaterStageOnCreate, AllowRecycle, RequireReasonForReactivation, ExitCriteria, HistoryCorrectors,
        };

        /// <summary>The variables the vocabulary step reads.</summary>
        public static IReadOnlyList<EnvironmentSetting> Vocabulary { get; } = new[] { VocabularyEnforcement };

        /// <summary>Every variable the solution ships, in the order README lists them.</summary>
        public static IReadOnlyList<EnvironmentSetting> All { get; } = BowtieRules.Concat(Vocabulary).Concat(new[] { ConversionTargets }).ToArray();
    }
}

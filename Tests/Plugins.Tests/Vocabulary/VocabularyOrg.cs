using System;
using DataverseFunnel.InMemory;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.Plugins.Bowtie.Vocabulary;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Plugins.Tests.Vocabulary
{
    /// <summary>An in-memory org with the guarded text columns, the admin's vocabulary table and the vocabulary steps.</summary>
    internal static class VocabularyOrg
    {
        public static MetadataModel Metadata() => new MetadataBuilder()
            .Table(VocabularyColumns.JourneyTable, t => t
                .PrimaryName("bowtie_name", 200).String("bowtie_campaign", 100).String("bowtie_movereason", 2000)
                .Memo("bowtie_description", 1048576).Money("bowtie_mrr"))
            .Table(VocabularyColumns.TransitionTable, t => t
                .PrimaryName("bowtie_name", 200).String("bowtie_reason", 2000))
            .Table(VocabularyColumns.TermTable, t => t
                .OrganizationOwned().PrimaryName(VocabularyColumns.TermName, 200).String(VocabularyColumns.TermPreferred, 100)
                .String(VocabularyColumns.TermWhy, 500).Choice(VocabularyColumns.TermAction, 269840000, 269840001, 269840002)
                .String(VocabularyColumns.TermVariants, 1000))
            .Build();

        /// <summary>A new org running <see cref="VocabularyGuardPlugin"/> on its registered steps with <paramref name="configuration"/>.</summary>
        public static InMemoryOrganization Create(string? configuration = null)
        {
            var org = new InMemoryOrganization(Metadata());
            foreach (var step in StepRegistrationReader.FromType(typeof(VocabularyGuardPlugin)))
            {
                org.RegisterStep(configuration == null ? step : step with { UnsecureConfiguration = configuration }, typeof(VocabularyGuardPlugin));
            }

            return org;
        }

        public static Entity Term(string phrase, string preferred, string why, VocabularyAction? action, string? variants = null, bool active = true)
        {
            var term = new Entity(VocabularyColumns.TermTable)
            {
                [VocabularyColumns.TermName] = phrase,
                [VocabularyColumns.TermPreferred] = preferred,
                [VocabularyColumns.TermWhy] = why,
                [VocabularyColumns.TermVariants] = variants!,
            };
            if (action.HasValue)
            {
                term[VocabularyColumns.TermAction] = new OptionSetValue((int)action.Value);
            }

            if (!active)
            {
                term["statecode"] = new OptionSetValue(1);
                term["statuscode"] = new OptionSetValue(2);
            }

            return term;
        }

        public static Entity Journey(params (string Column, object? Value)[] values)
        {
            var journey = new Entity(VocabularyColumns.JourneyTable);
            foreach (var (column, value) in values)
            {
                journey[column] = value!;
            }

            return journey;
        }

        public static Entity JourneyChange(Guid id, params (string Column, object? Value)[] values)
        {
            var journey = Journey(values);
            journey.Id = id;
            return journey;
        }
    }
}

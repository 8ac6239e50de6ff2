// The Model's Markdown-level Paragraph never appears in this project; Word's does everywhere.
global using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

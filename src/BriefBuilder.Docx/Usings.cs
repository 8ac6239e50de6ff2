// The Model's Markdown-level Paragraph, Table and TableRow never appear in this project; Word's do everywhere.
global using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
global using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
global using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

package extract

import (
	"testing"

	"github.com/communique/communique/extract/internal/block"
	"github.com/stretchr/testify/assert"
)

func paraBlocks(lines ...string) []block.Block {
	out := make([]block.Block, len(lines))
	for i, l := range lines {
		out[i] = block.Block{Text: l, Kind: block.Para}
	}
	return out
}

func texts(bs []block.Block) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.Text
	}
	return out
}

// A converted print's lines, a block each, are joined into paragraphs: a
// short line ends one, a speaker's label opens one, a page's marker stands
// apart without ending the paragraph it interrupts.
func TestUnwrapPrintedLines(t *testing.T) {
	got := unwrapPrintedLines(paraBlocks(
		"Mr JOHN DOE - Thank you, Mr Acting Speaker. My questions are directed",
		"to the Minister for Works. The road to my district has been closed",
		"for a year and the people of my district cannot take their produce",
		"to the market, the only one of the province, and they lose money.",
		"Mr RICHARD ROE - Thank you, Mr Acting Speaker. I would like to thank",
		"the very good Member for his very important questions. The works on",
		"Page 17:",
		"the road begin next month and the contract was awarded to a company",
		"in the province.",
		"Thank you.",
	))
	assert.Equal(t, []string{
		"Mr JOHN DOE - Thank you, Mr Acting Speaker. My questions are directed to the Minister for Works. The road to my district has been closed for a year and the people of my district cannot take their produce to the market, the only one of the province, and they lose money.",
		"Page 17:",
		"Mr RICHARD ROE - Thank you, Mr Acting Speaker. I would like to thank the very good Member for his very important questions. The works on the road begin next month and the contract was awarded to a company in the province.",
		"Thank you.",
	}, texts(got))
}

// A page's list of short items of one width, each opening with a capital or
// a number, is no print's wrapped prose; nor are a few short paragraphs.
func TestUnwrapPrintedLinesLeavesLists(t *testing.T) {
	list := paraBlocks(
		"2nd round: 8 April - Curitiba / Alternative track",
		"3rd round: 22 April - Velopark circuit and the pits",
		"4th round: 6 May - Londrina, in the north of the state",
		"5th round: 20 May - Santa Cruz do Sul, on the river",
		"6th round: 5 August - the Million Race at Interlagos",
		"7th round: 19 August - a venue to be announced later",
		"8th round: 9 September - Cascavel, in the west of it",
		"9th round: 23 September - Velo Citta and its hills",
		"10th round: 21 October - Taruma, the last of the year",
	)
	assert.Equal(t, texts(list), texts(unwrapPrintedLines(list)))
	short := paraBlocks("The committee met", "in the morning and", "agreed on the plan")
	assert.Equal(t, texts(short), texts(unwrapPrintedLines(short)))
}

// A hard-wrapped text page opens a paragraph at a label of a courtesy title
// and a name in capitals closed by a dash, wherever the line before stopped.
func TestTextBlocksDashLabelOpensParagraph(t *testing.T) {
	in := "Mr JOHN DOE - Thank you, Mr Acting Speaker. My questions are directed\n" +
		"to the Minister for Works. The road to my district has been closed\n" +
		"for a year and the people of my district cannot take their produce\n" +
		"to the market, the only one of the province, and they lose money.\n" +
		"Mr RICHARD ROE - Thank you, Mr Acting Speaker. I would like to thank\n" +
		"the very good Member for his very important questions. The works on\n" +
		"the road begin next month.\n"
	assert.Equal(t, []string{
		"Mr JOHN DOE - Thank you, Mr Acting Speaker. My questions are directed to the Minister for Works. The road to my district has been closed for a year and the people of my district cannot take their produce to the market, the only one of the province, and they lose money.",
		"Mr RICHARD ROE - Thank you, Mr Acting Speaker. I would like to thank the very good Member for his very important questions. The works on the road begin next month.",
	}, blockTexts(in, false))
}

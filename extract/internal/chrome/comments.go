package chrome

import (
	"strings"

	"github.com/communique/communique/extract/internal/block"
)

// Readers' comments under a page converted to text or Markdown: the HTML
// reader leaves out comment sections by their markup; here their heading
// marks them.

// markComments removes a section of readers' comments, from its heading
// to the page's end: a heading that counts the comments ("Comments (2)",
// "3 Responses", "12 comments") or invites them ("Leave a Reply", "Add new
// comment", "Post a comment"). A bare "Comments" heading, which may head a
// consultation's invitation to comment, is left alone, and so is a
// dialogue's text.
func markComments(blocks []block.Block, info []blockInfo, dFirst, dLast int) {
	from := -1
	for i := range blocks {
		if blocks[i].Removed != 0 || dFirst <= i && i <= dLast {
			continue
		}
		if isCommentsHead(blocks[i].Text) {
			from = i
			break
		}
	}
	if from < 0 {
		return
	}
	for i := from; i < len(blocks); i++ {
		if blocks[i].Removed != 0 || info[i].class == classBad && info[i].reason != 0 || dFirst <= i && i <= dLast {
			continue
		}
		info[i].class, info[i].reason = classBad, block.ReasonComments
	}
}

// commentsInvites are the headings that invite readers' comments.
var commentsInvites = map[string]bool{
	"leave a reply": true, "leave a comment": true, "add new comment": true, "add a comment": true,
	"post a comment": true, "post new comment": true, "join the discussion": true, "join the conversation": true,
}

// isCommentsHead reports a heading that counts readers' comments or
// invites them: "Comments (2)", "3 Responses", "Leave a Reply".
func isCommentsHead(s string) bool {
	if len(s) > 40 || !mayNameComments(s) {
		return false // most blocks: decided without a copy
	}
	t := strings.ToLower(strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "#*_:")))
	if len(t) > 30 {
		return false
	}
	if commentsInvites[t] {
		return true
	}
	count, zeroCount := false, false
	if k := strings.IndexByte(t, '('); k > 0 && strings.HasSuffix(t, ")") {
		// "comments (2)"
		if !allDigits(t[k+1 : len(t)-1]) {
			return false
		}
		zeroCount = strings.Trim(t[k+1:len(t)-1], "0") == ""
		t, count = strings.TrimSpace(t[:k]), true
	} else if k := strings.IndexByte(t, ' '); k > 0 && allDigits(t[:k]) {
		// "3 responses"
		zeroCount = strings.Trim(t[:k], "0") == ""
		t, count = t[k+1:], true
	}
	if !count || zeroCount {
		// ("0 Comments" in a post's byline heads no comments)
		return false
	}
	switch t {
	case "comment", "comments", "response", "responses", "reply", "replies", "reader comments":
		return true
	}
	return false
}

// mayNameComments reports whether s holds a piece of the words a comments
// heading is made of, in lower case or in capitals.
func mayNameComments(s string) bool {
	for _, w := range [...]string{"omment", "OMMENT", "espons", "ESPONS", "epl", "EPL", "iscussion", "ISCUSSION", "onversation", "ONVERSATION"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

package htmlread

import (
	"bytes"
	"sort"
	"strings"
)

// Trust of the publication-date sources, most trusted first.
const (
	prioArticleMeta = iota // <meta property="article:published_time">
	prioJSONLD             // JSON-LD datePublished
	prioItemprop           // itemprop="datePublished"
	prioOtherMeta          // other publication-date metas
	prioTime               // <time datetime>
	prioTimeStamp          // <time datetime> in a CMS's created or modified stamp
)

type htmlMetaDate struct {
	prio int
	seq  int
	v    string
}

// htmlMeta collects the page's metadata while it is read.
type htmlMeta struct {
	title      []byte // <title>
	titleDone  bool
	ogTitle    string
	ldHeadline string
	url        string // og:url
	canonical  string // <link rel="canonical" href>
	dateList   []htmlMetaDate
	// converted: a document converter made the page (a generator such as
	// pdftohtml or Microsoft Word): its plain date metas give the file's
	// date, not the text's
	converted bool
}

func (m *htmlMeta) add(prio int, v []byte) {
	v = bytes.TrimSpace(v)
	if len(v) == 0 || len(v) > 64 {
		return
	}
	for _, d := range m.dateList {
		if d.v == string(v) {
			return
		}
	}
	m.dateList = append(m.dateList, htmlMetaDate{prio, len(m.dateList), string(v)})
}

// addMeta reads one <meta> element.
func (m *htmlMeta) addMeta(property, name, itemprop, content []byte) {
	key := property
	if len(key) == 0 {
		key = name
	}
	switch {
	case len(key) == 0:
	case bytes.EqualFold(key, []byte("og:title")):
		if m.ogTitle == "" {
			m.ogTitle = string(htmlNormSpace(content))
		}
	case bytes.EqualFold(key, []byte("og:url")):
		if m.url == "" {
			m.url = string(bytes.TrimSpace(content))
		}
	case bytes.EqualFold(key, []byte("twitter:title")):
		if m.ogTitle == "" {
			m.ogTitle = string(htmlNormSpace(content))
		}
	case bytes.EqualFold(key, []byte("article:published_time")),
		bytes.EqualFold(key, []byte("og:article:published_time")):
		m.add(prioArticleMeta, content)
	case htmlDateMetaName(key):
		m.add(prioOtherMeta, content)
	case bytes.EqualFold(key, []byte("generator")) || bytes.EqualFold(key, []byte("producer")) || bytes.EqualFold(key, []byte("creator")):
		m.converted = m.converted || htmlConverter(content)
	}
	if len(itemprop) > 0 && bytes.EqualFold(itemprop, []byte("datePublished")) {
		m.add(prioItemprop, content)
	}
}

// htmlConverter reports a generator that converts documents to HTML: the
// file's dates it writes are the conversion's or the document's, not a
// publication's.
func htmlConverter(v []byte) bool {
	// (compared without spaces: "Microsoft Word 15" holds "microsoftword",
	// "Microsoft SharePoint", a site's, does not)
	l := strings.ToLower(strings.ReplaceAll(string(v), " ", ""))
	for _, c := range converterWords {
		if strings.Contains(l, c) {
			return true
		}
	}
	return false
}

// converterWords name document converters in a generator meta.
var converterWords = classList("converters")

// htmlDateMetaName reports meta names that carry a publication date.
func htmlDateMetaName(k []byte) bool {
	switch strings.ToLower(string(k)) {
	case "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
		"dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date",
		"article.published", "published_time", "parsely-pub-date", "citation_publication_date",
		"citation_date", "original-publish-date", "datepublished", "og:published_time",
		"publication_date", "publication-date", "publicationdate", "date_published", "published_date",
		"published-date", "release_date", "release-date", "releasedate":
		return true
	}
	return false
}

// jsonLD scans a JSON-LD script for "datePublished" and "headline" values
// without decoding the whole document.
func (m *htmlMeta) jsonLD(s []byte) {
	if v := htmlJSONString(s, `"datePublished"`); v != nil {
		m.add(prioJSONLD, v)
	}
	if m.ldHeadline == "" {
		if v := htmlJSONString(s, `"headline"`); v != nil {
			m.ldHeadline = string(htmlNormSpace(v))
		}
	}
}

// htmlJSONString returns the raw string value that follows key and a
// colon, or nil.
func htmlJSONString(s []byte, key string) []byte {
	i := bytes.Index(s, []byte(key))
	if i < 0 {
		return nil
	}
	j := i + len(key)
	for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r') {
		j++
	}
	if j >= len(s) || s[j] != ':' {
		return nil
	}
	j++
	for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r') {
		j++
	}
	if j >= len(s) || s[j] != '"' {
		return nil
	}
	j++
	k := j
	for k < len(s) && s[k] != '"' {
		if s[k] == '\\' {
			k++
		}
		k++
	}
	if k > len(s) {
		return nil
	}
	return s[j:k]
}

// dates returns the collected dates, most trusted first.
func (m *htmlMeta) dates() []string {
	if len(m.dateList) == 0 {
		return nil
	}
	sort.SliceStable(m.dateList, func(i, j int) bool {
		a, b := m.dateList[i], m.dateList[j]
		if a.prio != b.prio {
			return a.prio < b.prio
		}
		return a.seq < b.seq
	})
	out := make([]string, 0, len(m.dateList))
	for _, d := range m.dateList {
		if m.converted && d.prio == prioOtherMeta {
			continue
		}
		out = append(out, d.v)
	}
	return out
}

// htmlNormSpace folds runs of white space (no-break spaces included) into
// one space and trims the ends.
func htmlNormSpace(s []byte) []byte {
	out := make([]byte, 0, len(s))
	space := false
	for _, r := range string(s) {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v' || r == 0xa0 ||
			r == 0x85 || r == 0x1680 || (r >= 0x2000 && r <= 0x200a) || r == 0x2028 || r == 0x2029 ||
			r == 0x202f || r == 0x205f || r == 0x3000 {
			space = true
			continue
		}
		if space && len(out) > 0 {
			out = append(out, ' ')
		}
		space = false
		out = append(out, string(r)...)
	}
	return out
}

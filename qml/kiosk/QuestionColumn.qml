pragma ComponentBehavior: Bound
import QtQuick
import Flipover.Kiosk

// The room's questions, whole, as many to a page as fit: a heading, a count
// line ("3 vragen · 1 beantwoord · 1/2") and the page with the first open
// question; answered ones stay marked as answered. Beside the case
// (CasePanel: "Verhelderingsvragen") and beside the board in a phase that
// has both cards and questions (PhaseScreen: "Vragen").
//
// Heading, count line and the pages are placed by hand: in a Column the
// pages' height (what is left) fed the Column's own height back through
// the layout (a binding loop that left the count line measured at a stale
// width).
Item {
    id: root

    required property SessionView view
    property string heading: qsTr("Clarifying questions")

    readonly property real spacing: Theme.px(14)
    readonly property int answeredCount: answeredQuestions.count
    // The first open question (the last one when all are answered): its page is shown.
    readonly property int firstOpenRow: {
        root.answeredCount;
        const questions = root.view.questions;
        for (let i = 0; i < questions.count; ++i) {
            if (!questions.get(i).answered)
                return i;
        }
        return questions.count - 1;
    }

    // "3 vragen · 1 beantwoord · 1/2", each part kept whole on its line.
    function countLine(page: int, pages: int): string {
        const whole = part => part.replace(/ /g, "\u00A0");
        return whole(qsTr("%n question(s)", "", root.view.questions.count)) + " \u00B7 "
               + whole(qsTr("%n answered", "", root.answeredCount))
               + (pages > 1 ? " \u00B7 " + (page + 1) + "/" + pages : "");
    }

    RowFilterModel {
        id: answeredQuestions

        sourceModel: root.view.questions
        roleName: "answered"
        value: true
    }

    Text {
        id: questionsHeading

        objectName: "questionsHeading"
        width: root.width
        text: root.heading
        color: Theme.ink
        font.pixelSize: Theme.body
        font.bold: true
        wrapMode: Text.Wrap
    }
    Text {
        id: questionsCount

        y: questionsHeading.height + root.spacing
        width: root.width
        text: root.view.questions.count === 0
              ? qsTr("No questions yet. Ask yours on your phone or tablet.")
              : root.countLine(questionPages.shownPage, questionPages.pages)
        color: Theme.inkMuted
        font.pixelSize: Theme.small
        font.bold: true
        wrapMode: Text.Wrap
    }
    // The count line's room, as if it named a page ("· 1/2"): the
    // pages' height must not follow the page count it shows.
    Text {
        id: countRoom

        visible: false
        width: root.width
        text: root.countLine(0, 2)
        font: questionsCount.font
        wrapMode: Text.Wrap
    }
    // Whole questions, a page at a time: the page with the first open one.
    PagedColumn {
        id: questionPages

        objectName: "questionPages"
        y: questionsCount.y + countRoom.height + root.spacing
        width: root.width
        height: root.height - y
        spacing: Theme.px(10)
        model: root.view.questions
        page: questionPages.pageOf(root.firstOpenRow)
        delegate: QuestionDelegate {}
    }
}

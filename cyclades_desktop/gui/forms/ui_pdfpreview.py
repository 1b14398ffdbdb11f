# generated from ui/pdfpreview.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdfpreview.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PdfPreviewDialog(object):
    def setupUi(self, PdfPreviewDialog):
        if not PdfPreviewDialog.objectName():
            PdfPreviewDialog.setObjectName(u"PdfPreviewDialog")
        PdfPreviewDialog.resize(760, 900)
        self.mainLayout = QVBoxLayout(PdfPreviewDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.infoLabel = QLabel(PdfPreviewDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.infoLabel)

        self.viewerContainer = QWidget(PdfPreviewDialog)
        self.viewerContainer.setObjectName(u"viewerContainer")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.viewerContainer.sizePolicy().hasHeightForWidth())
        self.viewerContainer.setSizePolicy(sizePolicy)
        self.viewerLayout = QVBoxLayout(self.viewerContainer)
        self.viewerLayout.setObjectName(u"viewerLayout")
        self.viewerLayout.setContentsMargins(0, 0, 0, 0)

        self.mainLayout.addWidget(self.viewerContainer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.printButton = QPushButton(PdfPreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonsLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(PdfPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.closeButton = QPushButton(PdfPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(PdfPreviewDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(PdfPreviewDialog)
    # setupUi

    def retranslateUi(self, PdfPreviewDialog):
        PdfPreviewDialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", u"Aper\u00e7u du document", None))
        self.printButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Imprimer\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"Enre&gistrer sous\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Fermer", None))
    # retranslateUi

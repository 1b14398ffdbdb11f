# generated from ui/admin_supporting.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_supporting.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_AdminSupporting(object):
    def setupUi(self, AdminSupporting):
        if not AdminSupporting.objectName():
            AdminSupporting.setObjectName(u"AdminSupporting")
        AdminSupporting.resize(1100, 700)
        self.mainLayout = QVBoxLayout(AdminSupporting)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(14, 12, 14, 10)
        self.titleLabel = QLabel(AdminSupporting)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(AdminSupporting)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.sessionLayout = QHBoxLayout()
        self.sessionLayout.setObjectName(u"sessionLayout")
        self.sessionLabel = QLabel(AdminSupporting)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.sessionLayout.addWidget(self.sessionLabel)

        self.sessionCombo = QComboBox(AdminSupporting)
        self.sessionCombo.setObjectName(u"sessionCombo")
        self.sessionCombo.setMinimumSize(QSize(560, 0))
        self.sessionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.sessionLayout.addWidget(self.sessionCombo)

        self.sessionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessionLayout.addItem(self.sessionSpacer)

        self.reloadButton = QPushButton(AdminSupporting)
        self.reloadButton.setObjectName(u"reloadButton")

        self.sessionLayout.addWidget(self.reloadButton)


        self.mainLayout.addLayout(self.sessionLayout)

        self.messageLabel = QLabel(AdminSupporting)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.missingView = QTableView(AdminSupporting)
        self.missingView.setObjectName(u"missingView")
        self.missingView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missingView.setAlternatingRowColors(True)
        self.missingView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.missingView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.missingView.setShowGrid(False)
        self.missingView.horizontalHeader().setStretchLastSection(True)
        self.missingView.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.missingView)

        self.countLabel = QLabel(AdminSupporting)
        self.countLabel.setObjectName(u"countLabel")

        self.mainLayout.addWidget(self.countLabel)

        self.mainLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.sessionLabel.setBuddy(self.sessionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminSupporting)

        QMetaObject.connectSlotsByName(AdminSupporting)
    # setupUi

    def retranslateUi(self, AdminSupporting):
        self.titleLabel.setText(QCoreApplication.translate("AdminSupporting", u"Pi\u00e8ces justificatives re\u00e7ues", None))
        self.introLabel.setText(QCoreApplication.translate("AdminSupporting", u"Les candidatures actives \u00e0 qui il manque au moins une pi\u00e8ce obligatoire. Cochez une pi\u00e8ce d\u00e8s sa r\u00e9ception : la candidature quitte la liste quand toutes ses pi\u00e8ces obligatoires sont arriv\u00e9es.", None))
        self.sessionLabel.setText(QCoreApplication.translate("AdminSupporting", u"&Session", None))
        self.reloadButton.setText(QCoreApplication.translate("AdminSupporting", u"&Actualiser", None))
        self.messageLabel.setText("")
        self.countLabel.setText("")
        pass
    # retranslateUi
